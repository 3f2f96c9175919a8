// zod compiles fast object parsers with `new Function`, which the strict Content-Security-Policy (no
// 'unsafe-eval') forbids; even its probe for eval is reported as a violation. Parse without it. This module must
// be evaluated before any schema is created: main.tsx imports it first.
import { z } from 'zod';

z.config({ jitless: true });
