"use client";
/** Opens the browser's print dialog (the page's print stylesheet hides the site's chrome). */
export function PrintButton() {
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      Imprimer le plan de tables
    </button>
  );
}
