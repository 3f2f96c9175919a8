// zod for every schema, configured once: the small tree-shakable `zod/mini` build, Dutch messages, and no eval.
// Schemas import `z` from here, so the configuration is in place before any of them is created or used.
import * as z from 'zod/mini';
import { issueMessage } from './issue-message';

// zod would compile fast object parsers with `new Function`, which the strict Content-Security-Policy (no
// 'unsafe-eval') forbids; even its probe for eval is reported as a violation. Parse without it.
z.config({ jitless: true, localeError: issueMessage });

export { z };
