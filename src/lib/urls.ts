/** The path of a page under the site's base path: `getPagePath('/news/', 'briefs/x/')` is `/news/briefs/x/`. */
export function getPagePath(basePath: string, path = ''): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** The path of a brief's page: `/briefs/<id>/` under the base path (ids may contain `/` for subfolders). */
export function getBriefPath(basePath: string, briefId: string): string {
  return getPagePath(basePath, `briefs/${briefId}/`);
}
