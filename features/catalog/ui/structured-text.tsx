import type { Block } from "@/features/catalog/structured-text";
import { parseStructuredText } from "@/features/catalog/structured-text";

/** Blocks of published text: paragraphs, and lists that keep each marker as published ("a)", "-", "+"). */
export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === "paragraph" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are an immutable sequence of text
          <p key={i}>{block.text}</p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are an immutable sequence of text
          <ul key={i} className={`marked marked-${block.kind}`}>
            {block.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: list items are an immutable sequence of text
              <li key={j}>
                <span className="marker">{item.marker}</span> {item.text}
                {item.children.length > 0 ? <Blocks blocks={item.children} /> : null}
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** A section of a procedure as published; what the source does not state is said, never invented. */
export function StructuredText({ text, missing }: { text: string; missing: string }) {
  if (text.trim() === "") return <p className="muted">{missing}</p>;
  return <Blocks blocks={parseStructuredText(text)} />;
}
