import { Link } from 'wouter';

export interface PageHeadingProps {
  /** The page's title: its h1, which names the page's section (`page-title`). */
  title: string;
  /** Text of the link to the section's "new" form. */
  newLabel: string;
}

/** A section's heading with its "New …" link beside it. */
export function PageHeading({ title, newLabel }: PageHeadingProps) {
  return (
    <div className="page-heading">
      <h1 id="page-title">{title}</h1>
      <Link href="/new" className="button primary">
        {newLabel}
      </Link>
    </div>
  );
}
