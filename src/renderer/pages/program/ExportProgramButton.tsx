import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { saveExport } from '../../client/files';

/** The program workbook (model, plan, team, trainings) from the model's and the plan's pages. */
export function ExportProgramButton({ countyId }: { countyId: number }) {
  return (
    <div className="button-row">
      <button
        type="button"
        onClick={() =>
          void invoke('program.exportWorkbook', { countyId }).then(saveExport).catch(reportError)
        }
      >
        Download program workbook
      </button>
    </div>
  );
}
