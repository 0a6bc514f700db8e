/**
 * Where the datasets are (see ../shared/data/README.md): `FINEPRINT_DATA` if set, else `shared/data` next to the
 * repository (`../shared/data` from its root). Every script that reads the datasets (eval, bench, train) uses this
 * one folder; nothing is ever copied into the repository.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA = resolve(process.env.FINEPRINT_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url)));
