/** An offer's photos, served by the authorized file route. */
export function OfferPhotos({ photos, title }: { photos: { id: string }[]; title: string }) {
  if (photos.length === 0) return null;
  return (
    <ul className="photo-grid" aria-label={`Photos : ${title}`}>
      {photos.map((p, i) => (
        <li key={p.id}>
          {/* eslint-disable-next-line @next/next/no-img-element -- private files: no image optimizer in between */}
          <img src={`/api/files/${p.id}`} alt={`${title}, photo ${i + 1}`} loading="lazy" />
        </li>
      ))}
    </ul>
  );
}
