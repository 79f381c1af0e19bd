// A visitor's requests about their own data (DPDP Act 2023 ss. 11–12): staff find everything held
// about one person by phone or e-mail, hand them a copy (a JSON file), and erase it on request.
// Erasing asks once more, naming how many enquiries it touches; the statistics stay.
import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiContext';
import type { Enquiry } from '../../../shared/enquiry/enquiry';
import { useTranslator } from '../settings/SettingsContext';
import { downloadText } from './downloadText';
import { useEnquiryDesk } from './EnquiryContext';
import { statusName } from './visitorTypeName';

type Found = { key: { phone?: string; email?: string }; enquiries: Enquiry[] };
type Message = { kind: 'info' | 'problem'; text: string };

function keyFrom(typed: string): { phone?: string; email?: string } {
  const value = typed.trim();
  return value.includes('@') ? { email: value } : { phone: value };
}

export function PersonalDataRequests() {
  const api = useApi();
  const translator = useTranslator();
  const { text } = translator;
  const desk = useEnquiryDesk();
  const headingId = useId();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [found, setFound] = useState<Found | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();

  const find = async (event: FormEvent) => {
    event.preventDefault();
    setConfirming(false);
    const key = keyFrom(typed);
    const result = await api['enquiry:findPerson'](key);
    if (!result.ok) {
      setFound(undefined);
      setMessage({ kind: 'problem', text: text.enquiryLog.personKeyProblem });
      return;
    }
    setFound({ key, enquiries: result.value });
    setMessage({ kind: 'info', text: text.enquiryLog.personFound(translator.number(result.value.length), result.value.length) });
  };

  const exportData = async () => {
    if (!found) return;
    const result = await api['enquiry:exportPerson'](found.key);
    if (!result.ok) return setMessage({ kind: 'problem', text: result.error.message });
    downloadText(result.value.fileName, result.value.mediaType, result.value.text);
    setMessage({ kind: 'info', text: text.enquiryLog.personExported(result.value.fileName) });
  };

  const erase = async () => {
    if (!found) return;
    const result = await api['enquiry:erasePerson'](found.key);
    setConfirming(false);
    if (!result.ok) return setMessage({ kind: 'problem', text: `${text.enquiryLog.personEraseFailed} ${result.error.message}` });
    setFound({ ...found, enquiries: [] });
    setMessage({ kind: 'info', text: text.enquiryLog.personErased(translator.number(result.value.erased), result.value.erased) });
    desk.logChanged();
  };

  const count = found?.enquiries.length ?? 0;
  return (
    <section className="personal-data" aria-labelledby={headingId} data-testid="personal-data">
      <h2 id={headingId} className="section-heading">
        {text.enquiryLog.personTitle}
      </h2>
      <p className="hint">{text.enquiryLog.personHint}</p>
      <form className="personal-data-find" onSubmit={(event) => void find(event)}>
        <label htmlFor={inputId}>{text.enquiryLog.personKeyLabel}</label>
        <input id={inputId} type="text" value={typed} autoComplete="off" spellCheck={false} onChange={(event) => setTyped(event.target.value)} />
        <button type="submit" className="button">
          {text.enquiryLog.personFind}
        </button>
      </form>
      <p role="status" className={message?.kind === 'problem' ? 'enquiry-problem' : 'hint'} data-testid="personal-data-message">
        {message?.text}
      </p>
      {found && count > 0 && (
        <>
          <ul className="personal-data-list" data-testid="personal-data-list">
            {found.enquiries.map((enquiry) => (
              <li key={enquiry.id}>
                <span className="reference">{enquiry.reference}</span> · {translator.date(enquiry.enquiryDate)} · {enquiry.visitorName} · {statusName(enquiry.status, text)}
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void exportData()}>
              {text.enquiryLog.personExport}
            </button>
            {!confirming && (
              <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
                {text.enquiryLog.personErase}
              </button>
            )}
            {confirming && (
              <>
                <button type="button" className="button button-danger" data-testid="confirm-erase" onClick={() => void erase()}>
                  {text.enquiryLog.personEraseConfirm(translator.number(count), count)}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {text.enquiryLog.personEraseCancel}
                </button>
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}
