/** Writes the permission tables into README.md and docs/permissions.md from the contract. */
import fs from 'node:fs';
import prettier from 'prettier';
import { areaRoleTable, methodRoleTable, withTable } from '../src/api/system/permissionTable';

for (const [file, table] of [
  ['README.md', areaRoleTable()],
  ['docs/permissions.md', methodRoleTable()],
] as const) {
  const written = withTable(fs.readFileSync(file, 'utf8'), table);
  const options = await prettier.resolveConfig(file);
  fs.writeFileSync(file, await prettier.format(written, { ...options, filepath: file }));
  console.log(`Wrote the permissions table into ${file}.`);
}
