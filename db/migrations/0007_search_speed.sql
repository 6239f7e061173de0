-- Reserved placeholder (filled by the change that needs it, or removed).
SELECT 1;
