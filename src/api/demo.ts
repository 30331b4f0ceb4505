import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Invoke } from './contract';

/** The demo county dataset in resources/demo; each area adds its part of the demo here. */
export const DemoDataset = z.object({
  format: z.literal('linkages-demo'),
  version: z.literal(1),
  description: z.string(),
  countyFips: z.string().regex(/^06\d{3}$/),
});
export type DemoDataset = z.infer<typeof DemoDataset>;

export function readDemoDataset(resourcesFolder: string): DemoDataset {
  const file = path.join(resourcesFolder, 'demo', 'demo-county.json');
  return DemoDataset.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Loads the demo through the API, so it passes the same validation as anything a user enters. */
export async function loadDemoCounty(invoke: Invoke, dataset: DemoDataset): Promise<void> {
  const counties = await invoke('counties.list', {});
  const county = counties.find((c) => c.fips === dataset.countyFips);
  if (!county)
    throw new Error(`The demo names county FIPS ${dataset.countyFips}, which is unknown.`);
  await invoke('workspace.setCounty', { countyId: county.id });
}
