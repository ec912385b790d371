/**
 * Types for the PDF packages the exports load (the command line in Node, the app in the
 * browser); shared/ itself never imports them, svg-pdf.ts takes the library as a parameter.
 */

/** svg-to-pdfkit ships no types: one function that draws an SVG into a PDFKit document. */
declare module 'svg-to-pdfkit' {
  const SVGtoPDF: (
    doc: unknown,
    svg: string,
    x: number,
    y: number,
    options?: Record<string, unknown>,
  ) => void;
  export default SVGtoPDF;
}

/** PDFKit's browser build ships the 14 standard fonts as modules, registered on demand. */
declare module 'pdfkit/standard-fonts/Helvetica' {
  const font: unknown;
  export default font;
}
declare module 'pdfkit/standard-fonts/HelveticaBold' {
  const font: unknown;
  export default font;
}
