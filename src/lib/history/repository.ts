/**
 * Where an entry's file is edited and its history read on the repository's web host: GitHub and GitLab by
 * their address, any other host by the templates `site.yaml` gives.
 */

/** The placeholders an edit or history address template may hold. */
export const repositoryPlaceholders = ['{branch}', '{path}'] as const;

/** The repository settings the addresses are built from, as `site.yaml` gives them. */
export interface RepositorySettings {
  /** The repository's web address, such as `https://github.com/acme/trust-center`. */
  url: string;
  /** The branch the site is built from. */
  branch: string;
  /** The content folder's path in the repository, when `site.yaml` gives it. */
  path?: string | undefined;
  /** The address of a file's web editor, with `{branch}` and `{path}`, for a host other than GitHub and GitLab. */
  editUrl?: string | undefined;
  /** The address of a file's history, with `{branch}` and `{path}`, for a host other than GitHub and GitLab. */
  historyUrl?: string | undefined;
}

/** The address templates of the hosts recognised by their address, after the repository's own address. */
const hostTemplates = {
  github: { edit: '/edit/{branch}/{path}', history: '/commits/{branch}/{path}' },
  gitlab: { edit: '/-/edit/{branch}/{path}', history: '/-/commits/{branch}/{path}' },
} as const;

/** The host a repository address is on, when its addresses are known: GitHub, GitLab, or neither. */
export function getRepositoryHost(url: string): keyof typeof hostTemplates | undefined {
  if (!URL.canParse(url)) return undefined;
  const { hostname } = new URL(url);
  if (hostname === 'github.com') return 'github';
  if (hostname === 'gitlab.com' || hostname.startsWith('gitlab.')) return 'gitlab';
  return undefined;
}

/** The two addresses of a file in the repository: its web editor and its history. */
export interface FileLinks {
  edit: string;
  history: string;
}

/**
 * The edit and history addresses of a file, given by its path in the repository (`content/docs/a.md`). Each segment
 * of the branch and path is encoded, so a name with spaces or `#` stays one address.
 */
export function getFileLinks(settings: RepositorySettings, path: string): FileLinks {
  const host = getRepositoryHost(settings.url);
  const base = settings.url.replace(/\/+$/, '').replace(/\.git$/, '');
  const templates = {
    edit: settings.editUrl ?? (host && base + hostTemplates[host].edit),
    history: settings.historyUrl ?? (host && base + hostTemplates[host].history),
  };
  if (!templates.edit || !templates.history) {
    throw new Error(`The repository \`${settings.url}\` needs \`editUrl\` and \`historyUrl\`.`);
  }
  const encode = (value: string) => value.split('/').map(encodeURIComponent).join('/');
  const fill = (template: string) =>
    template.replaceAll('{branch}', encode(settings.branch)).replaceAll('{path}', encode(path));
  return { edit: fill(templates.edit), history: fill(templates.history) };
}

/** Joins the content folder's path in the repository and a file's path in the folder: `content` and `a.md`. */
export function joinRepositoryPath(folder: string, file: string): string {
  const trimmed = folder.replace(/^\/+|\/+$/g, '');
  return trimmed === '' || trimmed === '.' ? file : `${trimmed}/${file}`;
}
