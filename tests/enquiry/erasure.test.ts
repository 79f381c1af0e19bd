// DPDP Act 2023 s. 12 and s. 8(7): after an erasure on request, or when the retention period ends,
// the person's name, phone and e-mail are in no file of the user-data folder — journal, the copy
// set aside of a damaged journal, temporaries, the search-miss log (a name typed into the search
// box) and its last good copy — while the enquiries stay as statistics.
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENQUIRY_JOURNAL_FILE, openEnquiryLog } from '../../electron/enquiry/openEnquiryLog';
import { SEARCH_MISS_FILE, openSearchMissLog } from '../../electron/reports/searchMissLog';
import { normaliseMissQuery } from '../../shared/reports/searchMisses';
import { enquiryLogMessages } from '../../shared/i18n/messages/enquiryLog';
import { ASHA, MISSES_OF, RAVI, draftFor, recordMisses, seed, whereFound } from './personalDataFiles';

/** Asha's phone and e-mail as an officer might type them into a question, not as the form stored them. */
const ASHA_PHONE_TYPED = '098390-12345';
const ASHA_EMAIL_TYPED = 'Asha.Verma@EXAMPLE.in';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'enquiry-erasure-'));
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('erasing a person', () => {
  it('erases the details from every file when the visitor withdraws consent in an edit (s. 6(4)), keeping the edit', async () => {
    const log = await openEnquiryLog(userData, { deskCode: 'LKO1' });
    const { asha, ravi } = await seed(log.handlers, 2);
    const edited = log.journal.get(asha[0]!)!;
    expect(await whereFound(userData, ASHA)).not.toEqual([]);
    // The officer unticks consent (the form then sends no details) and also changes the question.
    const withdrawn = await log.handlers['enquiry:save']({
      id: edited.id,
      baseRevision: edited.revision,
      draft: draftFor(ASHA, { visitorName: '', phone: '', email: '', consent: 'refused', question: 'consent withdrawn on the phone' }),
    });
    expect(withdrawn).toMatchObject({ ok: true, value: { question: 'consent withdrawn on the phone', consent: 'refused', personalDataErased: { reason: 'withdrawal' }, revision: edited.revision + 1 } });
    // The other two of Asha's enquiries keep consent: her details stay there, and only there.
    const stillHeld = await log.handlers['enquiry:findPerson']({ phone: ASHA.phone });
    expect(stillHeld.ok && stillHeld.value.map((enquiry) => enquiry.id).sort()).toEqual(asha.slice(1).sort());
    await log.handlers['enquiry:save']({ id: asha[1] as never, baseRevision: 1, draft: draftFor(ASHA, { visitorName: '', phone: '', email: '', consent: 'refused' }) });
    await log.handlers['enquiry:save']({ id: asha[2] as never, baseRevision: 1, draft: draftFor(ASHA, { visitorName: '', phone: '', email: '', consent: 'refused' }) });
    expect(await whereFound(userData, ASHA)).toEqual([]);
    for (const id of ravi) expect(log.journal.get(id)?.visitorName).toBe(RAVI.visitorName);
    await log.journal.close();
    log.stop();
  });

  it('finds and exports everything held about them by phone or e-mail, written in any way', async () => {
    const log = await openEnquiryLog(userData, { deskCode: 'LKO1' });
    const { asha } = await seed(log.handlers, 2);
    const byPhone = await log.handlers['enquiry:findPerson']({ phone: '098390-12345' });
    expect(byPhone.ok && byPhone.value.map((enquiry) => enquiry.id).sort()).toEqual([...asha].sort());
    const byEmail = await log.handlers['enquiry:findPerson']({ email: ' Asha.Verma@EXAMPLE.in ' });
    expect(byEmail.ok && byEmail.value.length).toBe(3);
    const exported = await log.handlers['enquiry:exportPerson']({ phone: '9839012345' });
    expect(exported.ok).toBe(true);
    if (exported.ok) {
      const file = JSON.parse(exported.value.text) as { enquiries: { visitorName: string }[]; purpose: { en: string; hi: string }; retentionDays: number };
      expect(file.enquiries.map((enquiry) => enquiry.visitorName)).toEqual([ASHA.visitorName, ASHA.visitorName, ASHA.visitorName]);
      expect(file.purpose).toEqual({ en: expect.stringMatching(/follow/), hi: expect.stringContaining('आगे की कार्रवाई') });
      expect(file.retentionDays).toBe(365);
      // Written as Hindi text the visitor can read, not as escapes.
      expect(exported.value.text).toContain(enquiryLogMessages.hi.personalDataPurpose);
    }
    expect((await log.handlers['enquiry:findPerson']({ phone: '12' })).ok).toBe(true);
    await log.journal.close();
    log.stop();
  });

  it('leaves no byte of their name, phone or e-mail in any file, keeps the statistics, and keeps others whole', async () => {
    let misses = await openSearchMissLog(userData);
    let log = await openEnquiryLog(userData, { deskCode: 'LKO1', otherCopies: [misses] });
    const { asha, ravi } = await seed(log.handlers, 5);
    // Her details typed into free text as well, the phone and e-mail written another way: in her
    // own enquiry's question and follow-up action, and in the question of one of Ravi's.
    const typedText = `${ASHA.visitorName.toUpperCase()} (${ASHA_PHONE_TYPED}, ${ASHA_EMAIL_TYPED})`;
    const typedInto = await log.handlers['enquiry:save']({ id: asha[1] as never, baseRevision: 1, draft: draftFor(ASHA, { question: `Call ${typedText} about ToT`, followUpAction: `Mail ${ASHA_EMAIL_TYPED}, call ${ASHA_PHONE_TYPED}` }) });
    const referred = await log.handlers['enquiry:save']({ id: ravi[0] as never, baseRevision: 1, draft: draftFor(RAVI, { question: `Referred by ${typedText}` }) });
    expect(typedInto.ok && referred.ok).toBe(true);
    await log.journal.close();
    log.stop();
    // A damaged line holding Asha's details: compaction sets the journal aside before dropping it.
    await appendFile(join(userData, 'enquiries', ENQUIRY_JOURNAL_FILE), `{"sha256":"bad","record":{"visitorName":"${ASHA.visitorName.replace(/"/g, '\\"')}","phone":"${ASHA.phone}","email":"${ASHA.email}"}}\n`);
    // Her name typed into the search box by mistake, twice (so the miss log's last good copy has it too).
    await recordMisses(userData, '2026-11-20');
    await recordMisses(userData, '2026-11-21');
    misses = await openSearchMissLog(userData);
    log = await openEnquiryLog(userData, { deskCode: 'LKO1', otherCopies: [misses] });
    expect(await whereFound(userData, ASHA)).not.toEqual([]);
    expect((await whereFound(userData, ASHA)).some((place) => place.includes(SEARCH_MISS_FILE))).toBe(true);

    const erased = await log.handlers['enquiry:erasePerson']({ email: ASHA.email });
    expect(erased).toEqual({ ok: true, value: { erased: 3 } });
    expect(await whereFound(userData, ASHA, [ASHA_PHONE_TYPED, ASHA_PHONE_TYPED.replace(/\D/g, ''), ASHA_EMAIL_TYPED, ASHA.visitorName.toUpperCase()])).toEqual([]);
    expect(log.journal.get(asha[1]!)).toMatchObject({ question: 'Call [erased] ([erased], [erased]) about ToT', followUpAction: 'Mail [erased], call [erased]' });
    // Ravi's enquiry keeps his own details; only hers go from its question.
    expect(log.journal.get(ravi[0]!)).toMatchObject({ visitorName: RAVI.visitorName, phone: RAVI.phone, question: 'Referred by [erased] ([erased], [erased])' });
    // The searches of no one, and Ravi's, are still counted for the catalogue team.
    expect(misses.between('2026-11-01', '2026-11-30').map((row) => row.query).sort()).toEqual([...MISSES_OF.noOne, ...MISSES_OF.ravi].map(normaliseMissQuery).sort());
    expect((await readdir(join(userData, 'enquiries'))).some((name) => name.includes('.damaged-'))).toBe(true);

    const kept = log.journal.get(asha[0]!)!;
    expect(kept).toMatchObject({ visitorName: '', phone: '', email: '', question: 'edited twice', organisation: 'Verma Precision Works', visitorType: 'msme' });
    expect(kept.personalDataErased?.reason).toBe('request');
    expect(log.journal.list()).toHaveLength(asha.length + ravi.length);
    expect((await whereFound(userData, RAVI)).length).toBeGreaterThan(0);
    for (const id of ravi) expect(log.journal.get(id)?.visitorName).toBe(RAVI.visitorName);
    const found = await log.handlers['enquiry:findPerson']({ email: ASHA.email });
    expect(found.ok && found.value).toEqual([]);
    await log.journal.close();
    log.stop();

    // Still gone after a restart, and an edit of the erased enquiry cannot bring the details back.
    log = await openEnquiryLog(userData, { deskCode: 'LKO1' });
    const edit = await log.handlers['enquiry:save']({ id: kept.id, baseRevision: kept.revision, draft: { ...(await import('./personalDataFiles')).draftFor(ASHA), question: 'edited after erasure' } });
    expect(edit.ok && edit.value.visitorName).toBe('');
    expect(await whereFound(userData, ASHA)).toEqual([]);
    await log.journal.close();
    log.stop();
  });

  it('erases the details of enquiries untouched for the retention period at start, and keeps the rest', async () => {
    const start = new Date('2026-01-10T09:00:00.000Z');
    let log = await openEnquiryLog(userData, { deskCode: 'LKO1', now: () => start, retentionDays: 30 });
    const { asha } = await seed(log.handlers, 1);
    await log.journal.close();
    log.stop();
    await recordMisses(userData, '2026-01-10');

    const beforeEnd = new Date('2026-02-08T09:00:00.000Z');
    log = await openEnquiryLog(userData, { deskCode: 'LKO1', now: () => beforeEnd, retentionDays: 30 });
    expect(log.journal.get(asha[0]!)?.visitorName).toBe(ASHA.visitorName);
    await log.journal.close();
    log.stop();

    const afterEnd = new Date('2026-02-10T09:00:00.000Z');
    const misses = await openSearchMissLog(userData);
    log = await openEnquiryLog(userData, { deskCode: 'LKO1', now: () => afterEnd, retentionDays: 30, otherCopies: [misses] });
    expect(log.journal.get(asha[0]!)).toMatchObject({ visitorName: '', phone: '', email: '', question: 'edited twice', personalDataErased: { reason: 'retention' } });
    expect(log.journal.list()).toHaveLength(4);
    expect(await whereFound(userData, ASHA)).toEqual([]);
    expect(await whereFound(userData, RAVI)).toEqual([]);
    // Their names typed as searches went with their details; the searches of no one stay.
    expect(misses.between('2026-01-01', '2026-12-31').map((row) => row.query).sort()).toEqual(MISSES_OF.noOne.map(normaliseMissQuery).sort());
    await log.journal.close();
    log.stop();
  });
});
