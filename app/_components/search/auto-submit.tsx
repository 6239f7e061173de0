"use client";
/** Submits the filter form as soon as a checkbox or select changes (the button still works without JS). */
import { useEffect, useRef } from "react";

export function AutoSubmit({ formId }: { formId: string }) {
  const attached = useRef(false);
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form || attached.current) return;
    attached.current = true;
    const onChange = (e: Event) => {
      const target = e.target as HTMLElement;
      if (target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio")) form.requestSubmit();
      if (target instanceof HTMLSelectElement) form.requestSubmit();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
