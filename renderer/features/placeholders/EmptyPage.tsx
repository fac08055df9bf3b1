export interface EmptyPageProps {
  title: string;
  message: string;
}

/** A section that has no screen of its own yet: its title and what will live there. */
export function EmptyPage({ title, message }: EmptyPageProps) {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p className="empty-state">{message}</p>
    </section>
  );
}
