import { useTranslator } from '../settings/SettingsContext';
import { StaticNotice } from './StaticNotice';

/** What the enquiry log keeps about visitors, why, where and for how long (DPDP Act 2023), in brief. */
export function PrivacyPage() {
  const { text } = useTranslator();
  const legal = text.legal;
  return (
    <StaticNotice
      testId="privacy-page"
      title={legal.privacyTitle}
      intro={legal.privacyIntro}
      sections={[
        { title: legal.privacyWhatTitle, text: legal.privacyWhat },
        { title: legal.privacyWhyTitle, text: legal.privacyWhy },
        { title: legal.privacyWhereTitle, text: legal.privacyWhere },
        { title: legal.privacyRightsTitle, text: legal.privacyRights },
      ]}
    />
  );
}
