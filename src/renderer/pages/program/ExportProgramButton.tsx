import { invoke } from '../../client/client';
import { DownloadButton } from '../../components/DownloadButton';

/** The program workbook (model, plan, team, trainings) from the model's and the plan's pages. */
export function ExportProgramButton({ countyId }: { countyId: number }) {
  return (
    <DownloadButton
      label="Download program workbook"
      busyLabel="Preparing the program workbook…"
      build={() => invoke('program.exportWorkbook', { countyId })}
    />
  );
}
