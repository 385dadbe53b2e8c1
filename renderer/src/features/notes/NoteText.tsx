// A note's text as the author wrote it: line breaks kept, links shown for what they are but never
// followed from inside the app. React escapes everything; nothing is ever read as HTML.
const LINK = /(https?:\/\/[^\s<>"]+)/g;

export function NoteText({ text }: { text: string }) {
  return (
    <p className="note-text" data-testid="note-text">
      {text.split(LINK).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="note-text__link" title={part}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}
