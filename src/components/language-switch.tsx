import { useI18n } from '../i18n/i18n-context.tsx';
import { messagesFor } from '../i18n/language.ts';
import { LANGUAGES, type Language } from '../i18n/messages.ts';

/** Two buttons, Español and English; the current one is pressed. */
export function LanguageSwitch({ onChange }: { onChange(language: Language): void }) {
  const { language, messages } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{messages.languageLabel}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => onChange(option)}
        >
          {messagesFor(option).languageName}
        </button>
      ))}
    </fieldset>
  );
}
