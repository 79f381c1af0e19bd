// The enquiry form in a modal <dialog>: reachable from every page (Alt+N, or the header button),
// closed with Esc or the close button without losing what was typed.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useCatalogueEntries } from '../../app/CatalogueContext';
import { DayFirstDateInput } from '../../app/DayFirstDateInput';
import type { IsoDate } from '../../../shared/catalogue/entry';
import { useApi } from '../../api/ApiContext';
import type { Enquiry } from '../../../shared/enquiry/enquiry';
import { useTranslator } from '../settings/SettingsContext';
import { useEnquiryDesk, type SaveState } from './EnquiryContext';
import { AnnouncementText } from './EnquiryHeaderButtons';
import { CHANNEL_OPTIONS, OUTCOME_OPTIONS, STATUS_OPTIONS, VISITOR_TYPE_OPTIONS, type EnquiryField, type EnquiryFormValues } from './enquiryForm';
import { channelName, outcomeName, statusName, visitorTypeName } from './visitorTypeName';

export const ENQUIRY_DIALOG_ID = 'enquiry-dialog';

export function EnquiryDialog() {
  const desk = useEnquiryDesk();
  const { text } = useTranslator();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (desk.dialogOpen && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!desk.dialogOpen && dialog.open) dialog.close();
  }, [desk.dialogOpen]);

  // After a refusal, focus goes to the message (read out) so the officer knows at once.
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (desk.saveState.status === 'failed') problemRef.current?.focus();
  }, [desk.saveState]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      // Handled here so the page's own Esc (back a view) does not run behind the dialog.
      event.preventDefault();
      desk.closeForm();
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void desk.save();
  };
  const invalid = (field: EnquiryField) => desk.saveState.status === 'failed' && desk.saveState.fields.includes(field);
  const { form, updateForm } = desk;
  const saving = desk.saveState.status === 'saving';

  return (
    <dialog ref={dialogRef} id={ENQUIRY_DIALOG_ID} className="enquiry-dialog" aria-labelledby={titleId} onKeyDown={onKeyDown} onClose={desk.closeForm}>
      <form className="enquiry-form" onSubmit={onSubmit} noValidate data-testid="enquiry-form">
        <div className="enquiry-form-header">
          <h2 id={titleId}>
            {desk.editing ? `${text.enquiryLog.formTitleEdit} · ${desk.editing.reference}` : text.enquiryLog.formTitleNew}
          </h2>
          <button type="button" className="button button-small" onClick={desk.closeForm}>
            {text.enquiryLog.close} <kbd>Esc</kbd>
          </button>
        </div>
        <p className="hint">{text.enquiryLog.keepDraftHint}</p>
        <PrivacyFields invalid={invalid} />
        <div className="enquiry-grid">
          <TextField field="organisation" label={text.enquiryLog.organisation} form={form} update={updateForm} invalid={invalid('organisation')} autoComplete="organization" />
          <ChoiceField field="visitorType" label={`${text.enquiryLog.visitorType} ${text.enquiryLog.required}`} value={form.visitorType} invalid={invalid('visitorType')} required options={VISITOR_TYPE_OPTIONS.map((type) => ({ value: type, label: visitorTypeName(type, text) }))} onChange={(value) => updateForm({ visitorType: value as EnquiryFormValues['visitorType'] })} />
          <ChoiceField
            field="channel"
            label={`${text.enquiryLog.channel} ${text.enquiryLog.required}`}
            value={form.channel === 'not-recorded' ? '' : form.channel}
            invalid={invalid('channel')}
            required
            options={CHANNEL_OPTIONS.map((channel) => ({ value: channel, label: channelName(channel, text) }))}
            onChange={(value) => updateForm({ channel: value as EnquiryFormValues['channel'] })}
          />
          <DateField field="enquiryDate" label={text.enquiryLog.enquiryDate} form={form} update={updateForm} invalid={invalid('enquiryDate')} />
        </div>
        <Labelled label={`${text.enquiryLog.question} ${text.enquiryLog.required}`} field="question">
          {(id) => (
            <textarea id={id} rows={3} value={form.question} required aria-required="true" aria-invalid={invalid('question') || undefined} onChange={(event) => updateForm({ question: event.target.value })} />
          )}
        </Labelled>
        <LinkedEntries />
        <div className="enquiry-grid">
          <ChoiceField field="status" label={text.enquiryLog.status} value={form.status} invalid={invalid('status')} options={STATUS_OPTIONS.map((status) => ({ value: status, label: statusName(status, text) }))} onChange={(value) => updateForm({ status: value as EnquiryFormValues['status'] })} />
          {form.status === 'closed' && (
            <ChoiceField
              field="outcome"
              label={`${text.enquiryLog.outcome} ${text.enquiryLog.required}`}
              value={form.outcome === 'not-recorded' ? '' : form.outcome}
              invalid={invalid('outcome')}
              required
              options={OUTCOME_OPTIONS.map((outcome) => ({ value: outcome, label: outcomeName(outcome, text) }))}
              onChange={(value) => updateForm({ outcome: value as EnquiryFormValues['outcome'] })}
            />
          )}
        </div>
        <div className="enquiry-grid">
          <TextField field="followUpAction" label={text.enquiryLog.followUpAction} form={form} update={updateForm} invalid={invalid('followUpAction')} />
          <DateField field="followUpDate" label={text.enquiryLog.followUpDate} form={form} update={updateForm} invalid={invalid('followUpDate')} />
          <label className="enquiry-check">
            <input type="checkbox" checked={form.followUpDone} onChange={(event) => updateForm({ followUpDone: event.target.checked })} />
            {text.enquiryLog.followUpDone}
          </label>
          <TextField field="officer" label={text.enquiryLog.officer} form={form} update={updateForm} invalid={invalid('officer')} autoComplete="name" />
        </div>
        <SaveProblem state={desk.saveState} problemRef={problemRef} />
        <div className="enquiry-actions">
          <button type="submit" className="button button-primary" disabled={saving} data-testid="enquiry-save">
            {saving ? text.enquiryLog.saving : text.enquiryLog.save}
          </button>
          <button type="button" className="button" onClick={desk.discard}>
            {text.enquiryLog.discard}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function Labelled({ label, field, children }: { label: string; field: EnquiryField; children: (id: string) => ReactNode }) {
  const id = `enquiry-${field}`;
  return (
    <div className="enquiry-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A select; `required` ones start on "Choose…" so nothing is chosen for the officer. */
function ChoiceField(props: { field: EnquiryField; label: string; value: string; invalid: boolean; required?: boolean; options: { value: string; label: string }[]; onChange(value: string): void }) {
  const { text } = useTranslator();
  return (
    <Labelled label={props.label} field={props.field}>
      {(id) => (
        <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)} aria-invalid={props.invalid || undefined} aria-required={props.required || undefined} required={props.required}>
          {props.required && (
            <option value="" disabled>
              {text.enquiryLog.chooseOne}
            </option>
          )}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}

/**
 * The notice and the consent asked of the visitor (DPDP Act 2023 ss. 5–6): the name, phone and
 * e-mail can be typed only once the visitor has agreed, and never again once erased.
 */
function PrivacyFields({ invalid }: { invalid: (field: EnquiryField) => boolean }) {
  const desk = useEnquiryDesk();
  const translator = useTranslator();
  const { text } = translator;
  const api = useApi();
  const [retentionDays, setRetentionDays] = useState<number | undefined>();
  useEffect(() => {
    if (!desk.dialogOpen || retentionDays !== undefined) return;
    let current = true;
    void api['enquiry:privacy'](undefined).then((result) => {
      if (current && result.ok) setRetentionDays(result.value.retentionDays);
    });
    return () => {
      current = false;
    };
  }, [api, desk.dialogOpen, retentionDays]);
  const { form, updateForm } = desk;
  const hintId = useId();
  const erasedAt = desk.editing?.erasedAt;
  const detailsAllowed = form.consent && !form.erased;
  const hint = form.erased
    ? text.enquiryLog.erasedNotice(erasedAt ? translator.date(erasedAt) : '')
    : form.consent
      ? undefined
      : desk.editing?.consentGiven
        ? text.enquiryLog.consentWithdrawnHint
        : desk.editing?.consentNotRecorded
          ? text.enquiryLog.consentNotRecordedHint
          : text.enquiryLog.consentRefusedHint;
  return (
    <fieldset className="enquiry-privacy" data-testid="enquiry-privacy">
      <legend>{text.enquiryLog.privacyLegend}</legend>
      <p className="enquiry-notice" data-testid="privacy-notice">
        {text.enquiryLog.privacyNotice(translator.number(retentionDays ?? 365))}
      </p>
      <label className="enquiry-consent">
        <input
          type="checkbox"
          checked={form.consent}
          disabled={form.erased}
          data-autofocus
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => updateForm(event.target.checked ? { consent: true } : { consent: false, visitorName: '', phone: '', email: '' })}
        />{' '}
        {text.enquiryLog.consentLabel}
      </label>
      {hint && (
        <p id={hintId} className="hint" data-testid="consent-hint">
          {hint}
        </p>
      )}
      <div className="enquiry-grid">
        <TextField field="visitorName" label={text.enquiryLog.visitorName} form={form} update={updateForm} invalid={invalid('visitorName')} disabled={!detailsAllowed} autoComplete="off" />
        <TextField field="phone" type="tel" label={text.enquiryLog.phone} form={form} update={updateForm} invalid={invalid('phone')} disabled={!detailsAllowed} autoComplete="off" />
        <TextField field="email" type="email" label={text.enquiryLog.email} form={form} update={updateForm} invalid={invalid('email')} disabled={!detailsAllowed} autoComplete="off" />
      </div>
      {detailsAllowed && <ReturningVisitor phone={form.phone} email={form.email} />}
    </fieldset>
  );
}

/** A phone of 6 or more digits or an e-mail is enough to look a visitor up (the host checks the same). */
function lookupKey(phone: string, email: string): { phone?: string; email?: string } | undefined {
  if (phone.replace(/\D/g, '').length >= 6) return { phone };
  if (email.trim().includes('@') && email.trim().length > 3) return { email };
  return undefined;
}

/** A returning visitor: their earlier enquiries, found by the phone or e-mail being typed, to continue one. */
function ReturningVisitor({ phone, email }: { phone: string; email: string }) {
  const desk = useEnquiryDesk();
  const translator = useTranslator();
  const { text } = translator;
  const api = useApi();
  const [found, setFound] = useState<{ keyText: string; enquiries: Enquiry[] } | undefined>();
  const key = lookupKey(phone, email);
  const keyText = key ? JSON.stringify(key) : '';
  // Only the answer to what is typed now counts: an answer for an older key is not shown.
  const earlier = found !== undefined && found.keyText === keyText ? found.enquiries : [];
  useEffect(() => {
    if (keyText === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void api['enquiry:findPerson'](JSON.parse(keyText) as { phone?: string; email?: string }).then((result) => {
        if (current) setFound({ keyText, enquiries: result.ok ? result.value : [] });
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, keyText]);
  const others = earlier.filter((enquiry) => enquiry.id !== desk.editing?.id);
  if (others.length === 0) return null;
  return (
    <div className="returning-visitor" data-testid="returning-visitor" role="status">
      <p>{text.enquiryLog.returningVisitor(translator.number(others.length), others.length)}</p>
      <ul>
        {others.map((enquiry) => (
          <li key={enquiry.id}>
            <span className="reference">{enquiry.reference}</span> · {translator.date(enquiry.enquiryDate)} · {statusName(enquiry.status, text)}{' '}
            <button type="button" className="button button-small" onClick={() => desk.openEdit(enquiry, desk.editing === undefined)}>
              {text.enquiryLog.continueEnquiry}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

type TextFieldName = 'visitorName' | 'organisation' | 'phone' | 'email' | 'followUpAction' | 'officer';

function TextField(props: {
  field: TextFieldName;
  label: string;
  form: EnquiryFormValues;
  update(change: Partial<EnquiryFormValues>): void;
  invalid: boolean;
  type?: 'text' | 'tel' | 'email';
  autoFocus?: boolean;
  autoComplete?: string;
  disabled?: boolean;
}) {
  const { field, form, update } = props;
  return (
    <Labelled label={props.label} field={field}>
      {(id) => (
        <input
          id={id}
          type={props.type ?? 'text'}
          value={form[field]}
          aria-invalid={props.invalid || undefined}
          autoComplete={props.autoComplete}
          disabled={props.disabled}
          // Personal details are not offered to the spell checker, which may keep words it learns.
          spellCheck={props.disabled === undefined ? undefined : false}
          data-autofocus={props.autoFocus || undefined}
          onChange={(event) => update({ [field]: event.target.value })}
        />
      )}
    </Labelled>
  );
}

/** A date typed day first (dd/mm/yyyy) in both languages; the form keeps it as an ISO date, or '' for none. */
function DateField(props: { field: 'enquiryDate' | 'followUpDate'; label: string; form: EnquiryFormValues; update(change: Partial<EnquiryFormValues>): void; invalid: boolean }) {
  const { field, form, update } = props;
  return (
    <DayFirstDateInput
      id={`enquiry-${field}`}
      className="enquiry-field"
      label={props.label}
      value={(form[field] || undefined) as IsoDate | undefined}
      invalid={props.invalid}
      onChange={(iso) => update({ [field]: iso ?? '' })}
    />
  );
}

function LinkedEntries() {
  const desk = useEnquiryDesk();
  const translator = useTranslator();
  const { text } = translator;
  const ids = desk.form.entryIds;
  // The titles of linked entries; the dialog stays in the page while closed, and then needs none.
  const catalogueEntries = useCatalogueEntries(desk.dialogOpen && ids.length > 0);
  const hintId = useId();
  const titleOf = (id: string) => {
    const entry = catalogueEntries?.byId.get(id);
    const title = entry ? translator.choose(entry.title) : undefined;
    return title ? { text: `${title.text} (${id})`, language: title.language } : { text: text.enquiryLog.unknownEntry(id), language: undefined };
  };
  return (
    <fieldset className="enquiry-linked">
      <legend>{text.enquiryLog.entriesShown}</legend>
      {ids.length === 0 ? (
        <p className="hint">{text.enquiryLog.noEntriesLinked}</p>
      ) : (
        <ul className="enquiry-linked-list" data-testid="enquiry-linked">
          {ids.map((id) => {
            const title = titleOf(id);
            return (
              <li key={id} data-entry-id={id}>
                <span lang={title.language}>{title.text}</span>
                <button type="button" className="button button-small" aria-label={text.enquiryLog.removeEntry(title.text)} onClick={() => desk.updateForm({ entryIds: ids.filter((other) => other !== id) })}>
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="button button-small" aria-describedby={hintId} onClick={desk.linkOnScreen}>
        {text.enquiryLog.linkOnScreen} <kbd>Alt+L</kbd>
      </button>
      <p id={hintId} className="hint">
        {text.enquiryLog.linkOnScreenHint}
      </p>
      {/* Inside the dialog: while it is modal, the page behind (and its live regions) is inert. */}
      <p className="enquiry-linked-news" role="status" data-testid="enquiry-linked-news">
        {desk.announcement && desk.announcement.value.kind !== 'saved' && <AnnouncementText key={desk.announcement.id} value={desk.announcement.value} />}
      </p>
    </fieldset>
  );
}

function SaveProblem({ state, problemRef }: { state: SaveState; problemRef: React.RefObject<HTMLDivElement | null> }) {
  const { text } = useTranslator();
  const fieldLabels: Record<EnquiryField, string> = {
    enquiryDate: text.enquiryLog.enquiryDate,
    consent: text.enquiryLog.consentLabel,
    visitorName: text.enquiryLog.visitorName,
    organisation: text.enquiryLog.organisation,
    visitorType: text.enquiryLog.visitorType,
    channel: text.enquiryLog.channel,
    status: text.enquiryLog.status,
    outcome: text.enquiryLog.outcome,
    phone: text.enquiryLog.phone,
    email: text.enquiryLog.email,
    question: text.enquiryLog.question,
    entryIds: text.enquiryLog.entriesShown,
    followUpAction: text.enquiryLog.followUpAction,
    followUpDate: text.enquiryLog.followUpDate,
    followUpDone: text.enquiryLog.followUpDone,
    officer: text.enquiryLog.officer,
  };
  let message: string | undefined;
  if (state.status === 'failed') {
    const named = state.fields.map((field) => fieldLabels[field]).join(', ');
    if (state.code === 'other') message = text.enquiryLog.otherProblem(state.detail);
    else message = named === '' ? text.enquiry[state.code] : `${text.enquiry[state.code]} ${named}`;
  }
  return (
    <div ref={problemRef} tabIndex={-1} className={message ? 'enquiry-problem' : 'enquiry-problem-empty'} role="alert" data-testid="enquiry-problem">
      {message}
    </div>
  );
}
