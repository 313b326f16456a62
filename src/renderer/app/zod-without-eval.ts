import { z } from 'zod';

// zod compiles object parsers with new Function() unless told not to, and its
// probe for that alone trips the seat's CSP (script-src 'self', no eval).
z.config({ jitless: true });
