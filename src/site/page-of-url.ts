// Where Eleventy writes the page of a site path: the one place that knows a page is its folder's index.html.

/** The page of a site path ("/a/2025/plan/" → "a/2025/plan/index.html"), relative to the site folder. */
export function pageOfUrl(url: string): string {
  return `${url.replace(/^\//, "")}index.html`;
}
