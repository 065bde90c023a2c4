import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content/problems.ts';
import type { Brand, Site } from '../../schemas/site.ts';
import { contentFolderName } from '../content/paths.ts';

/** The files `site.yaml`'s brand names, each with the field that names it. */
export function brandFiles(brand: Brand | undefined): { field: string[]; file: string }[] {
  if (!brand) return [];
  return [
    { field: ['brand', 'logo', 'file'], file: brand.logo.file },
    { field: ['brand', 'darkLogo'], file: brand.darkLogo },
    { field: ['brand', 'favicon'], file: brand.favicon },
  ].filter((named): named is { field: string[]; file: string } => named.file !== undefined);
}

/** A problem for each brand file that is not in the content folder, or whose name another brand file takes. */
export function checkBrandFiles(
  site: Site,
  contentDir: string,
  file: string,
  locate: (path: string[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const published = new Map<string, string>();
  const folder = contentFolderName(contentDir);
  for (const named of brandFiles(site.brand)) {
    const where = { file, line: locate(named.field), field: named.field.join('.') };
    const name = named.file.slice(named.file.lastIndexOf('/') + 1);
    const other = published.get(name);
    if (!existsSync(join(contentDir, named.file))) {
      problems.push({
        ...where,
        message:
          `Found \`${named.file}\`, but there is no such file in \`${folder}/\`. Put the image at ` +
          `\`${folder}/${named.file}\`, or write its path from the content folder, such as \`brand/logo.svg\`.`,
      });
    } else if (other !== undefined && other !== named.file) {
      problems.push({
        ...where,
        message: `Found \`${named.file}\`, whose file name \`${name}\` \`${other}\` already has. Rename one of them.`,
      });
    }
    published.set(name, named.file);
  }
  return problems;
}
