import { useTranslator } from '../settings/SettingsContext';
import { StaticNotice } from './StaticNotice';

export function TermsPage() {
  const { text } = useTranslator();
  const legal = text.legal;
  return (
    <StaticNotice
      testId="terms-page"
      title={legal.termsTitle}
      intro={legal.termsIntro}
      sections={[
        { title: legal.termsInformationTitle, text: legal.termsInformation },
        { title: legal.termsSampleTitle, text: legal.termsSample },
        { title: legal.termsLinksTitle, text: legal.termsLinks },
      ]}
    />
  );
}
