/** The shipped nickname table, as the linkage engine takes it. */
import { loadContent } from '../../src/api/content';
import { nicknameTable } from '../../src/core/matching/linkage/standardize';
import { resourcesFolder } from '../../src/server/paths';

export const shippedNicknames = nicknameTable(loadContent(resourcesFolder).nicknames.nicknames);
