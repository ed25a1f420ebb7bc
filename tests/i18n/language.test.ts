import { describe, expect, it } from 'vitest';
import { CONTEXTS, PERPETRATORS, PRECISIONS, VIOLATIONS } from '../../src/data/vocabulary.ts';
import { languageFromSearch, messagesFor } from '../../src/i18n/language.ts';

describe('languageFromSearch', () => {
  it('reads ?lang=en and ?lang=es', () => {
    expect(languageFromSearch('?lang=en')).toBe('en');
    expect(languageFromSearch('?lang=es')).toBe('es');
  });

  it('falls back to Spanish for a missing or unknown language', () => {
    expect(languageFromSearch('')).toBe('es');
    expect(languageFromSearch('?lang=fr')).toBe('es');
    expect(languageFromSearch('?lang=<script>')).toBe('es');
  });
});

describe('the message catalogues', () => {
  const es = messagesFor('es');
  const en = messagesFor('en');

  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
  });

  it('have no empty string and differ between languages', () => {
    for (const [key, value] of Object.entries(es)) {
      if (typeof value === 'string') {
        expect(value, key).not.toBe('');
        expect(en[key as keyof typeof en], key).not.toBe('');
      }
    }
    expect(es.appTitle).not.toBe(en.appTitle);
  });

  it('name every violation, context, perpetrator and precision in both languages', () => {
    for (const messages of [es, en]) {
      for (const v of VIOLATIONS) expect(messages.violationNames[v]).toBeTruthy();
      for (const c of CONTEXTS) expect(messages.contextNames[c]).toBeTruthy();
      for (const p of PERPETRATORS) expect(messages.perpetratorNames[p]).toBeTruthy();
      for (const p of PRECISIONS) expect(messages.precisionNames[p]).toBeTruthy();
    }
  });

  it('explain every kind of load error', () => {
    expect(es.loadError({ kind: 'http', status: 404 })).toContain('404');
    expect(en.loadError({ kind: 'json', detail: 'Unexpected end' })).toContain('Unexpected end');
    expect(en.loadError({ kind: 'network', detail: 'offline' })).toContain('offline');
    expect(es.loadError({ kind: 'shape', detail: '' })).toMatch(/FeatureCollection/);
    const pack = { kind: 'pack', detail: 'it has no column "id"' } as const;
    expect(es.loadError(pack)).toBe(
      'El archivo de datos parece un paquete de incidentes (Apache Arrow) pero no se puede leer: it has no column "id".',
    );
    expect(en.loadError(pack)).toBe(
      'The data file looks like an incident pack (Apache Arrow) but cannot be read: it has no column "id".',
    );
  });

  it('agree in number', () => {
    expect(es.problemsNotice(1)).toBe('1 incidente no se pudo mostrar:');
    expect(en.problemsNotice(3)).toBe('3 incidents could not be shown:');
  });
});
