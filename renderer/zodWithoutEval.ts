// zod 4 probes `new Function('')` to decide whether to compile fast parsers; under the page's CSP
// (script-src 'self', no 'unsafe-eval') the probe is refused and reported as a CSP violation.
// Telling zod up front not to try keeps the report away. Imported first by the entry points.
import { config } from 'zod';

config({ jitless: true });
