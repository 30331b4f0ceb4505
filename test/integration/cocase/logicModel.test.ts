import { describe, expect, it } from 'vitest';
import { DEFAULT_LOGIC_MODEL } from '../../../src/core/cocase/evaluation/logicModel';
import type { Output } from '../../../src/api/contract';
import { openTempWorkbench, serviceOver } from '../../support/workbench';

type Model = Output<'cocase.logicModel'>;

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as { issues: { path: string; message: string }[] },
  );

describe('the evaluation logic model', () => {
  it('starts from the toolkit model, saves the county’s own whole, audited, and refuses a bad one unchanged', async () => {
    const workbench = openTempWorkbench();
    const service = serviceOver(workbench);
    const start = (await service.invoke('cocase.logicModel', { countyId: 49 })) as Model;
    expect(start.isDefault).toBe(true);
    expect(start.items).toHaveLength(DEFAULT_LOGIC_MODEL.length);

    const items = [
      {
        stage: 'inputs' as const,
        text: '  Co-located CWS and CalWORKs workers ',
        indicatorIds: [],
      },
      {
        stage: 'outcomes' as const,
        text: 'Children safe at home',
        indicatorIds: ['recurrence-12m', 'foster-care-entry'],
      },
    ];
    const saved = (await service.invoke('cocase.saveLogicModel', { countyId: 49, items })) as Model;
    expect(saved.isDefault).toBe(false);
    expect(saved.items.map((i) => i.text)).toEqual([
      'Co-located CWS and CalWORKs workers',
      'Children safe at home',
    ]);
    expect(await service.invoke('cocase.logicModel', { countyId: 49 })).toEqual(saved);
    // Another county's model is its own.
    expect(((await service.invoke('cocase.logicModel', { countyId: 1 })) as Model).isDefault).toBe(
      true,
    );

    const bad = await refusal(
      service.invoke('cocase.saveLogicModel', {
        countyId: 49,
        items: [
          { stage: 'activities', text: 'Joint meetings', indicatorIds: ['wtw-engagement'] },
          { stage: 'outcomes', text: 'Safe', indicatorIds: ['no-such-indicator'] },
          { stage: 'outcomes', text: ' safe ', indicatorIds: [] },
          { stage: 'outputs', text: '   ', indicatorIds: [] },
        ],
      }),
    );
    // The shape is checked first: an unknown indicator and an empty statement.
    expect(bad.issues.map((i) => i.path).sort()).toEqual([
      'items.1.indicatorIds.0',
      'items.3.text',
    ]);
    const misplaced = await refusal(
      service.invoke('cocase.saveLogicModel', {
        countyId: 49,
        items: [
          { stage: 'activities', text: 'Joint meetings', indicatorIds: ['wtw-engagement'] },
          { stage: 'outcomes', text: 'Safe', indicatorIds: ['recurrence-12m', 'recurrence-12m'] },
        ],
      }),
    );
    expect(misplaced.issues).toEqual([
      {
        path: 'items.0.indicatorIds',
        message: 'Indicators measure outcomes; attach them to an outcome.',
      },
      { path: 'items.1.indicatorIds', message: 'An indicator is attached twice.' },
    ]);
    expect(await service.invoke('cocase.logicModel', { countyId: 49 })).toEqual(saved);

    const events = workbench.sqlite
      .prepare(
        "SELECT action, before_json, after_json FROM audit_event WHERE entity = 'logic_model'",
      )
      .all() as { action: string; before_json: string | null; after_json: string }[];
    expect(events.map((e) => e.action)).toEqual(['create']);
    expect(JSON.parse(events[0]?.after_json ?? 'null')).toEqual(saved.items);
  });

  it('names a statement written twice in a stage', async () => {
    const service = serviceOver(openTempWorkbench());
    const bad = await refusal(
      service.invoke('cocase.saveLogicModel', {
        countyId: 49,
        items: [
          { stage: 'outcomes', text: 'Children safe at home', indicatorIds: [] },
          { stage: 'outcomes', text: 'children safe at home', indicatorIds: [] },
        ],
      }),
    );
    expect(bad.issues).toEqual([
      {
        path: 'items.1.text',
        message: '“children safe at home” is already statement 1 of outcomes.',
      },
    ]);
  });
});
