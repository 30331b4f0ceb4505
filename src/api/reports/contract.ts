import { z } from 'zod';
import { COUNTY_DATA, type ContractSlice } from '../contractTypes';
import { CountyPackage } from '../../core/reports/package';
import { ExportFile, uploadedFile } from '../files.contract';
import { PACKAGE_READ, ROLLUP } from '../system/roleGroups';

const Id = z.number().int().positive();
const PackageYear = z
  .object({ countyId: Id, sfyStartYear: z.number().int().min(2000).max(2099) })
  .strict();

export const reportsContract = {
  'reports.previewPackage': {
    reads: COUNTY_DATA,
    identifiers: 'none',
    roles: PACKAGE_READ,
    summary:
      'The figures the county report package for an SFY would carry if made now (which readiness round, or why none), without writing the workbook.',
    input: PackageYear,
    output: CountyPackage,
  },
  'reports.exportPackage': {
    reads: COUNTY_DATA,
    identifiers: 'none',
    roles: PACKAGE_READ,
    summary:
      'The county report package for an SFY: a workbook people read, with the figures the statewide roll-up reads back (aggregates only).',
    input: PackageYear,
    output: ExportFile,
  },
  'reports.exportReportPdf': {
    reads: COUNTY_DATA,
    identifiers: 'none',
    roles: PACKAGE_READ,
    summary:
      'The county Linkages report for an SFY as PDF, for the oversight committee: the report package’s figures with charts, tables and plain-language headlines (aggregates only, small counts suppressed).',
    input: PackageYear,
    output: ExportFile,
  },
  'reports.readPackage': {
    reads: [],
    identifiers: 'none',
    roles: ROLLUP,
    summary:
      'Read a county report package file back: its figures, or why it is not taken (not a package, newer version, damaged, figures that do not add up, unknown county).',
    input: uploadedFile(5).strict(),
    output: CountyPackage,
  },
} as const satisfies ContractSlice;
