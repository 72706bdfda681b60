/** The Exam Desk mark: a desk with a ticked sheet. Decorative; the product name is always written next to it. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="9" fill="#1e5bb8" />
      <rect x="11" y="8" width="18" height="20" rx="2.5" fill="#ffffff" />
      <path
        d="M15.5 18.5l3 3 6-6.5"
        fill="none"
        stroke="#1e5bb8"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <rect x="7" y="29" width="26" height="3.5" rx="1.75" fill="#9fc0f0" />
    </svg>
  );
}
