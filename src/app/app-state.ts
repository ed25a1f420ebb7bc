import type { LoadError } from '../data/load.ts';
import type { Incident } from '../data/schema.ts';
import type { DatasetMetadata, Problem } from '../data/validate.ts';
import type { Language } from '../i18n/messages.ts';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; error: LoadError }
  | { status: 'ready'; incidents: Incident[]; problems: Problem[]; metadata: DatasetMetadata | null };

/** The whole UI state: one reducer, so every view derives from the same facts. */
export interface AppState {
  language: Language;
  data: DataState;
  selectedId: string | null;
}

export type AppAction =
  | { type: 'load-started' }
  | { type: 'load-finished'; data: Exclude<DataState, { status: 'loading' }> }
  | { type: 'language-changed'; language: Language }
  | { type: 'incident-selected'; id: string | null };

export function initialAppState(language: Language): AppState {
  return { language, data: { status: 'loading' }, selectedId: null };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'load-started':
      return { ...state, data: { status: 'loading' } };
    case 'load-finished':
      return { ...state, data: action.data };
    case 'language-changed':
      return { ...state, language: action.language };
    case 'incident-selected':
      return { ...state, selectedId: action.id };
  }
}
