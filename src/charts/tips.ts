// The value a reader sees on hovering or focusing a bar or point of a chart on the web
// (templates/assets/charts.js). Each datum carries its text as `tip`, formatted here in Swedish; the
// `description` channel makes Vega write it on the mark's SVG element (as aria-label), where the
// script finds it. The SVG itself is role="img", so screen readers read the figure's description
// instead, and the chart's table has every value.
export const tipEncoding = { description: { field: "tip", type: "nominal" } } as const;
