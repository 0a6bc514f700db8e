/**
 * Where the datasets are (see ../shared/data/README.md): `FINEPRINT_DATA` if set, else `shared/data` next to the
 * repository (`../shared/data` from its root) when it exists, else `/work/shared/data` (where these machines keep it,
 * so that a clone anywhere else still finds it). Every script and test that reads the datasets (eval, bench, train,
 * the classifier's tests) uses this one folder; nothing is ever copied into the repository.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NEXT_TO_REPO = fileURLToPath(new URL('../../shared/data', import.meta.url));
const MACHINE = '/work/shared/data';

export const DATA = resolve(process.env.FINEPRINT_DATA ?? (existsSync(NEXT_TO_REPO) || !existsSync(MACHINE) ? NEXT_TO_REPO : MACHINE));
