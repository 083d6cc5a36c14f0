import type { ListNumber } from './importedParagraph'
import { formatListNumber } from './listNumberFormats'
import { firstChild, parseXml, valueAt, type XmlElement } from './xmlElements'

/** A list reference as a paragraph or a style writes it (w:numPr); either part may be left to the style. */
export interface NumberingReference {
  numId?: string
  ilvl?: string
}

/** What a paragraph says of its numbering: its style and its own list reference. */
export interface ParagraphNumbering {
  styleId: string | null
  numbering: NumberingReference | null
}

interface ParagraphStyle {
  basedOn?: string
  numbering?: NumberingReference
}

interface ListLevel {
  start: number
  /** w:numFmt: decimal, lowerLetter, upperRoman … */
  format: string
  /** w:lvlText: what Word shows, %1 … %9 standing for the numbers of levels 0 … 8 ("%1.", "%2)", "%1.%2"). */
  text: string
}

// ECMA-376 §17.9.25: a level without w:start starts at 0.
const defaultLevel = (level: number): ListLevel => ({ start: 0, format: 'decimal', text: `%${level + 1}.` })

/** Word shows a number at a level of this format: not a bullet, not nothing. */
const shownAsNumber = (format: string) => format !== 'bullet' && format !== 'none'

interface AbstractList {
  levels: Map<number, ListLevel>
  /** A numbering style whose list this one is (w:numStyleLink). */
  numStyleLink?: string
}

interface ListInstance {
  abstractId: string
  startOverrides: Map<number, number>
  /** Levels the instance redefines (w:lvlOverride/w:lvl), as far as it redefines them. */
  levelOverrides: Map<number, Partial<ListLevel>>
}

/** Where a paragraph sits in Word's lists: the list definition it counts in, the instance, the level. */
interface ListPlace {
  abstractId: string
  numId: string | null
  level: number
}

const MAX_STYLE_DEPTH = 20

const integer = (value: string | undefined): number | undefined => (value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined)

const elements = (parent: XmlElement | undefined, name: string) => parent?.children.filter((child) => child.name === name) ?? []

function reference(pPr: XmlElement | undefined): NumberingReference | undefined {
  const numPr = firstChild(pPr, 'w:numPr')
  if (!numPr) return undefined
  const numId = valueAt(numPr, 'w:numId')
  const ilvl = valueAt(numPr, 'w:ilvl')
  return { ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { ilvl }) }
}

/** What a w:lvl sets of its level; what it leaves out is left to the definition it overrides, or to Word's defaults. */
function levelProperties(lvl: XmlElement): Partial<ListLevel> {
  const start = integer(valueAt(lvl, 'w:start'))
  const format = valueAt(lvl, 'w:numFmt')
  const text = valueAt(lvl, 'w:lvlText')
  return { ...(start === undefined ? {} : { start }), ...(format === undefined ? {} : { format }), ...(text === undefined ? {} : { text }) }
}

/** A level's lvlText filled in: each %n is level n-1's count in that level's format, its start where it has not counted yet. */
function shownNumber(lvlText: string, levels: ReadonlyMap<number, ListLevel>, counts: readonly number[]): string {
  return lvlText.replace(/%([1-9])/g, (_, n: string) => {
    const level = levels.get(Number(n) - 1)
    return level ? formatListNumber(counts[Number(n) - 1] ?? level.start, level.format) : ''
  })
}

/**
 * Word's lists of one document (word/styles.xml and word/numbering.xml), numbering its paragraphs
 * as Word shows them: a paragraph is numbered by its own w:numPr or by its style's, inherited
 * through w:basedOn; numId 0 takes numbering away. Instances of one list definition share its
 * counters; an instance's w:lvlOverride restarts a level where the instance is first used (its
 * w:startOverride, else the start of its w:lvl) and, with a w:lvl, shows that level in the
 * format and text the w:lvl gives; an item restarts the levels below it (ECMA-376 Part 1, §17.9).
 */
export class WordLists {
  private readonly styles = new Map<string, ParagraphStyle>()
  private defaultStyle: string | null = null
  /** Numbering styles by id: the list instance each stands for. */
  private readonly numberingStyles = new Map<string, string>()
  private readonly abstracts = new Map<string, AbstractList>()
  private readonly instances = new Map<string, ListInstance>()
  /** Levels that name a paragraph style (w:lvl/w:pStyle), by the style. */
  private readonly linkedLevels = new Map<string, { abstractId: string; level: number }[]>()

  constructor(stylesXml: string | null, numberingXml: string | null) {
    for (const style of elements(firstChild(parseXml(stylesXml ?? ''), 'w:styles'), 'w:style')) {
      const id = style.attributes['w:styleId']
      const type = style.attributes['w:type'] ?? 'paragraph'
      const numbering = reference(firstChild(style, 'w:pPr'))
      if (id === undefined) continue
      if (type === 'numbering' && numbering?.numId !== undefined) this.numberingStyles.set(id, numbering.numId)
      if (type !== 'paragraph') continue
      const basedOn = valueAt(style, 'w:basedOn')
      this.styles.set(id, { ...(basedOn === undefined ? {} : { basedOn }), ...(numbering ? { numbering } : {}) })
      if (['1', 'true', 'on'].includes(style.attributes['w:default'] ?? '')) this.defaultStyle ??= id
    }
    const numbering = firstChild(parseXml(numberingXml ?? ''), 'w:numbering')
    for (const abstract of elements(numbering, 'w:abstractNum')) {
      const abstractId = abstract.attributes['w:abstractNumId'] ?? ''
      const levels = new Map<number, ListLevel>()
      for (const lvl of elements(abstract, 'w:lvl')) {
        const level = integer(lvl.attributes['w:ilvl']) ?? 0
        levels.set(level, { ...defaultLevel(level), ...levelProperties(lvl) })
        const style = valueAt(lvl, 'w:pStyle')
        if (style !== undefined) this.linkedLevels.set(style, [...(this.linkedLevels.get(style) ?? []), { abstractId, level }])
      }
      const numStyleLink = valueAt(abstract, 'w:numStyleLink')
      this.abstracts.set(abstractId, { levels, ...(numStyleLink === undefined ? {} : { numStyleLink }) })
    }
    for (const num of elements(numbering, 'w:num')) {
      const startOverrides = new Map<number, number>()
      const levelOverrides = new Map<number, Partial<ListLevel>>()
      for (const override of elements(num, 'w:lvlOverride')) {
        const level = integer(override.attributes['w:ilvl']) ?? 0
        const lvl = firstChild(override, 'w:lvl')
        if (lvl) levelOverrides.set(level, levelProperties(lvl))
        const start = integer(valueAt(override, 'w:startOverride') ?? valueAt(lvl, 'w:start'))
        if (start !== undefined) startOverrides.set(level, start)
      }
      this.instances.set(num.attributes['w:numId'] ?? '', { abstractId: valueAt(num, 'w:abstractNumId') ?? '', startOverrides, levelOverrides })
    }
  }

  /** The numbers Word shows before these paragraphs, which are all of a document's in reading order. */
  listNumbers(paragraphs: readonly ParagraphNumbering[]): (ListNumber | null)[] {
    const counters = new Map<string, number[]>()
    const started = new Set<string>()
    return paragraphs.map((paragraph) => {
      const place = this.placeOf(paragraph)
      if (!place) return null
      const levels = this.levelsOf(place)
      const level = levels?.get(place.level)
      if (!levels || !level) return null
      const counts = counters.get(place.abstractId) ?? []
      counters.set(place.abstractId, counts)
      const override = place.numId === null ? undefined : this.instances.get(place.numId)?.startOverrides.get(place.level)
      if (override !== undefined && !started.has(`${place.numId}/${place.level}`)) {
        started.add(`${place.numId}/${place.level}`)
        counts[place.level] = override - 1
      }
      const value = counts[place.level] === undefined ? level.start : counts[place.level]! + 1
      counts[place.level] = value
      // The levels below restart under each item of this one.
      counts.length = place.level + 1
      return shownAsNumber(level.format) ? { level: place.level, value, text: shownNumber(level.text, levels, counts) } : null
    })
  }

  /**
   * The levels a paragraph is numbered by: its list definition's, with those its own list
   * instance redefines (w:lvlOverride/w:lvl) as redefined, for that instance alone.
   */
  private levelsOf(place: ListPlace): ReadonlyMap<number, ListLevel> | undefined {
    const levels = this.abstracts.get(place.abstractId)?.levels
    const overrides = place.numId === null ? undefined : this.instances.get(place.numId)?.levelOverrides
    if (!levels || !overrides?.size) return levels
    const redefined = new Map(levels)
    for (const [level, properties] of overrides) {
      redefined.set(level, { ...(levels.get(level) ?? defaultLevel(level)), ...properties })
    }
    return redefined
  }

  /** The paragraph's styles, its own first, up through w:basedOn. */
  private styleChain(styleId: string | null): string[] {
    const chain: string[] = []
    let id = styleId !== null && this.styles.has(styleId) ? styleId : this.defaultStyle
    while (id !== null && id !== undefined && !chain.includes(id) && chain.length < MAX_STYLE_DEPTH) {
      chain.push(id)
      id = this.styles.get(id)?.basedOn ?? null
    }
    return chain
  }

  private placeOf(paragraph: ParagraphNumbering): ListPlace | null {
    const chain = this.styleChain(paragraph.styleId)
    const inherited = (part: keyof NumberingReference) => chain.map((id) => this.styles.get(id)?.numbering?.[part]).find((value) => value !== undefined)
    const ownLevel = integer(paragraph.numbering?.ilvl)
    const numId = paragraph.numbering?.numId ?? inherited('numId')
    if (numId === undefined) {
      // A list level that names the paragraph's style, the style naming no list: Word's own
      // files link both ways, and mammoth has always numbered such paragraphs.
      const linked = this.levelLinkedTo(paragraph.styleId ? [paragraph.styleId] : [])
      return linked ? { ...linked, numId: null, level: ownLevel ?? linked.level } : null
    }
    if (integer(numId) === 0) return null
    const abstractId = this.abstractIdOf(numId)
    if (abstractId === null) return null
    const linkedLevel = this.levelLinkedTo(chain, abstractId)?.level
    return { abstractId, numId, level: ownLevel ?? linkedLevel ?? integer(inherited('ilvl')) ?? 0 }
  }

  /** The list definition an instance counts in, through the numbering style its definition may stand for. */
  private abstractIdOf(numId: string): string | null {
    const seen = new Set<string>()
    let instance = this.instances.get(numId)
    while (instance && !seen.has(instance.abstractId)) {
      seen.add(instance.abstractId)
      const link = this.abstracts.get(instance.abstractId)?.numStyleLink
      if (link === undefined) return this.abstracts.has(instance.abstractId) ? instance.abstractId : null
      const linkedNumId = this.numberingStyles.get(link)
      instance = linkedNumId === undefined ? undefined : this.instances.get(linkedNumId)
    }
    return null
  }

  /** The level a list definition gives the nearest of these styles (w:lvl/w:pStyle): in `abstractId`, or in any. */
  private levelLinkedTo(styles: readonly string[], abstractId?: string): { abstractId: string; level: number } | undefined {
    for (const style of styles) {
      const linked = this.linkedLevels.get(style)?.find((link) => abstractId === undefined || link.abstractId === abstractId)
      if (linked) return linked
    }
    return undefined
  }
}
