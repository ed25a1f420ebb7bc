import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Validation, the dialogs and the exporters load as separate modules on first use: on a busy machine the first
// import can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
