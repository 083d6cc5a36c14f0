// File formats and units keep their names in every language ("导出 DOCX", "10 MB"): marked so that
// translation tools, and the check that a Chinese page shows no English, leave them alone.
const FORMAT_NAME = /(\.docx|\.doc|DOCX|Word|PDF|MB|KB)/

/** A message with the names of file formats and units in it marked `translate="no"`. */
export function FormatNames({ text }: { text: string }) {
  return (
    <>
      {text.split(FORMAT_NAME).map((piece, index) =>
        // split() with a capturing group puts the matches at the odd places.
        index % 2 === 1 ? (
          <span key={index} translate="no">
            {piece}
          </span>
        ) : (
          piece
        ),
      )}
    </>
  )
}
