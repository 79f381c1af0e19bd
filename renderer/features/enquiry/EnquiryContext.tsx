// The enquiry being recorded lives here, above every page: the form keeps its text while the officer
// moves between search, entries and the log, until it is saved or discarded. Alt+N opens the form;
// Alt+L links what was shown: the open entry, and the search results the officer ticked on the
// results page (never the top of the list blindly: a hurried officer would link the wrong entry).
// Keys are matched by
// `event.code`, so they work with the Hindi (InScript) keyboard layout too.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Enquiry } from '../../../shared/enquiry/enquiry';
import { ENQUIRY_ERROR_CODES, type EnquiryErrorCode } from '../../../shared/enquiry/enquiryErrors';
import { useApi } from '../../api/ApiContext';
import { useNavigation } from '../../app/navigation';
import { todayIso } from '../../app/today';
import { continuedWithDraft, draftFromForm, emptyForm, fieldsNamedIn, formFromEnquiry, linkEntries, missingFields, type EditTarget, type EnquiryField, type EnquiryFormValues } from './enquiryForm';
import { rememberedOfficer, rememberOfficer } from './rememberedOfficer';
import './enquiry.css';

const ANNOUNCEMENT_MS = 8_000;

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  /** A known refusal: its words come from the `enquiry` messages; `fields` are marked in the form. */
  | { status: 'failed'; code: EnquiryErrorCode; fields: EnquiryField[] }
  /** Anything else (the host unreachable…): its own message, after "Not saved:". */
  | { status: 'failed'; code: 'other'; detail: string; fields: EnquiryField[] };

export type Announcement =
  | { kind: 'saved'; visitor: string; reference: string }
  | { kind: 'linked'; count: number }
  | { kind: 'nothing-on-screen' }
  /** Alt+L on a results page with nothing ticked. */
  | { kind: 'nothing-ticked' };

interface EnquiryDesk {
  form: EnquiryFormValues;
  updateForm(change: Partial<EnquiryFormValues>): void;
  editing: EditTarget | undefined;
  dialogOpen: boolean;
  openForm(): void;
  /** `keepDraft`: continue the enquiry with what the open draft adds (a returning visitor), losing none of it. */
  openEdit(enquiry: Enquiry, keepDraft?: boolean): void;
  closeForm(): void;
  discard(): void;
  linkOnScreen(): void;
  save(): Promise<void>;
  saveState: SaveState;
  announcement: { id: number; value: Announcement } | undefined;
  followUpsDue: number;
  /** Goes up after every save and import, so the log reads itself again. */
  logVersion: number;
  logChanged(): void;
}

const EnquiryContext = createContext<EnquiryDesk | null>(null);

/**
 * The results ticked as shown to the visitor, in a context of their own: the search page reads it,
 * and would otherwise render again on every letter typed in the enquiry form.
 */
interface PickedResults {
  /** In the order they were ticked. */
  picked: readonly string[];
  togglePicked(id: string): void;
  clearPicked(): void;
  linkOnScreen(): void;
}

const PickedContext = createContext<PickedResults | null>(null);

function isEnquiryCode(code: string): code is EnquiryErrorCode {
  return (ENQUIRY_ERROR_CODES as readonly string[]).includes(code);
}

export function EnquiryProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { route } = useNavigation();
  const [form, setForm] = useState<EnquiryFormValues>(() => emptyForm(todayIso(), rememberedOfficer()));
  const [editing, setEditing] = useState<EditTarget | undefined>(undefined);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [announcement, setAnnouncement] = useState<{ id: number; value: Announcement } | undefined>(undefined);
  const [logVersion, setLogVersion] = useState(0);
  const [followUpsDue, setFollowUpsDue] = useState(0);
  const [picked, setPicked] = useState<readonly string[]>([]);
  const announce = useCallback((value: Announcement) => setAnnouncement((current) => ({ id: (current?.id ?? 0) + 1, value })), []);
  // An announcement is news: it goes once read, so a stale "Saved" never describes a later state.
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement((current) => (current?.id === announcement.id ? undefined : current)), ANNOUNCEMENT_MS);
    return () => clearTimeout(timer);
  }, [announcement]);

  useEffect(() => {
    let current = true;
    void api['enquiry:list']({ followUpsDueBy: todayIso() }).then((result) => {
      if (current && result.ok) setFollowUpsDue(result.value.length);
    });
    return () => {
      current = false;
    };
  }, [api, logVersion]);

  // What was shown, read when the key is pressed (not when the form opened): the open entry and
  // the ticked results. The ticks stay while the officer searches again for the same visitor.
  const shown = useRef<{ view: string; ids: string[] }>({ view: 'search', ids: [] });
  useEffect(() => {
    shown.current = { view: route.view, ids: linkEntries(route.view === 'detail' ? [route.id] : [], picked) };
  }, [route, picked]);
  const togglePicked = useCallback((id: string) => setPicked((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id])), []);
  const clearPicked = useCallback(() => setPicked([]), []);

  const updateForm = useCallback((change: Partial<EnquiryFormValues>) => setForm((current) => ({ ...current, ...change })), []);
  const openForm = useCallback(() => setDialogOpen(true), []);
  const closeForm = useCallback(() => setDialogOpen(false), []);
  const linkOnScreen = useCallback(() => {
    const { view, ids } = shown.current;
    setDialogOpen(true);
    if (ids.length === 0) {
      announce({ kind: view === 'search' ? 'nothing-ticked' : 'nothing-on-screen' });
      return;
    }
    setForm((current) => ({ ...current, entryIds: linkEntries(current.entryIds, ids) }));
    setPicked([]);
    announce({ kind: 'linked', count: ids.length });
  }, [announce]);

  const discard = useCallback(() => {
    setForm(emptyForm(todayIso(), rememberedOfficer()));
    setEditing(undefined);
    setSaveState({ status: 'idle' });
    setDialogOpen(false);
  }, []);

  const openEdit = useCallback((enquiry: Enquiry, keepDraft = false) => {
    setForm((draft) => (keepDraft ? continuedWithDraft(formFromEnquiry(enquiry), draft) : formFromEnquiry(enquiry)));
    setEditing({
      id: enquiry.id,
      reference: enquiry.reference,
      baseRevision: enquiry.revision,
      consentNotRecorded: enquiry.consent === 'not-recorded',
      consentGiven: enquiry.consent === 'given' && enquiry.personalDataErased === undefined,
      ...(enquiry.personalDataErased ? { erasedAt: enquiry.personalDataErased.at } : {}),
    });
    setSaveState({ status: 'idle' });
    setDialogOpen(true);
  }, []);

  const save = useCallback(async () => {
    const missing = missingFields(form);
    if (missing.length > 0) {
      setSaveState({ status: 'failed', code: 'enquiry/invalid', fields: missing });
      return;
    }
    setSaveState({ status: 'saving' });
    const draft = draftFromForm(form);
    const result = await api['enquiry:save'](editing ? { id: editing.id as Enquiry['id'], baseRevision: editing.baseRevision, draft } : { draft });
    if (!result.ok) {
      // The form keeps every character typed: only a successful save clears it.
      const { code, message } = result.error;
      const fields = fieldsNamedIn(message);
      if (code === 'invalid-argument' || code === 'enquiry/invalid') setSaveState({ status: 'failed', code: 'enquiry/invalid', fields });
      else if (isEnquiryCode(code)) setSaveState({ status: 'failed', code, fields });
      else setSaveState({ status: 'failed', code: 'other', detail: message, fields });
      return;
    }
    rememberOfficer(result.value.officer);
    setForm(emptyForm(todayIso(), result.value.officer));
    setEditing(undefined);
    setSaveState({ status: 'idle' });
    setDialogOpen(false);
    announce({ kind: 'saved', visitor: result.value.visitorName, reference: result.value.reference });
    setLogVersion((version) => version + 1);
  }, [api, announce, editing, form]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.code === 'KeyN') {
        event.preventDefault();
        openForm();
      } else if (event.code === 'KeyL') {
        event.preventDefault();
        linkOnScreen();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openForm, linkOnScreen]);

  const logChanged = useCallback(() => setLogVersion((version) => version + 1), []);
  const value = useMemo<EnquiryDesk>(
    () => ({ form, updateForm, editing, dialogOpen, openForm, openEdit, closeForm, discard, linkOnScreen, save, saveState, announcement, followUpsDue, logVersion, logChanged }),
    [form, updateForm, editing, dialogOpen, openForm, openEdit, closeForm, discard, linkOnScreen, save, saveState, announcement, followUpsDue, logVersion, logChanged],
  );
  const pickedResults = useMemo<PickedResults>(() => ({ picked, togglePicked, clearPicked, linkOnScreen }), [picked, togglePicked, clearPicked, linkOnScreen]);
  return (
    <EnquiryContext.Provider value={value}>
      <PickedContext.Provider value={pickedResults}>{children}</PickedContext.Provider>
    </EnquiryContext.Provider>
  );
}

export function usePickedResults(): PickedResults {
  const value = useContext(PickedContext);
  if (!value) throw new Error('usePickedResults() outside <EnquiryProvider>');
  return value;
}

export function useEnquiryDesk(): EnquiryDesk {
  const value = useContext(EnquiryContext);
  if (!value) throw new Error('useEnquiryDesk() outside <EnquiryProvider>');
  return value;
}
