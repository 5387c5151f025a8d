/**
 * Building blocks of the report: section headings (with their page-number marker), paragraphs,
 * bullet lists, key–value blocks and tables whose rows never split and whose header repeats
 * on every page the table runs onto.
 */
import type { ReactNode } from "react";
import type { SectionId } from "./labels";
import { SECTIONS } from "./labels";
import type { SectionPages } from "./page-map";
import { Text, View, type Style } from "./react-pdf";
import { INK, styles } from "./theme";

export function SectionHeading({ id, pages, breakBefore = false }: { id: SectionId; pages: SectionPages; breakBefore?: boolean }) {
  const section = SECTIONS.find((s) => s.id === id);
  return (
    <View wrap={false} break={breakBefore} minPresenceAhead={80} style={styles.h1}>
      <View
        render={({ pageNumber }) => {
          pages.record(id, pageNumber);
          return null;
        }}
      />
      <Text>
        {section?.number}  {section?.title}
      </Text>
    </View>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return (
    <View wrap={false} minPresenceAhead={40}>
      <Text style={styles.h2}>{children}</Text>
    </View>
  );
}

export function Paragraph({ children, style }: { children: ReactNode; style?: Style }) {
  return <Text style={style ? [styles.paragraph, style] : styles.paragraph}>{children}</Text>;
}

export function Note({ children }: { children: ReactNode }) {
  return <Text style={styles.note}>{children}</Text>;
}

export function Bullets({ items, marker = "•" }: { items: ReactNode[]; marker?: string }) {
  return (
    <View style={{ marginBottom: 5 }}>
      {items.map((item, i) => (
        <View key={i} style={styles.bulletRow} wrap={false}>
          <Text style={styles.bullet}>{marker === "#" ? `${i + 1}.` : marker}</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

export interface KeyValue {
  label: string;
  value: ReactNode;
}

/** Label column and value column; rows never split across pages. */
export function KeyValues({ rows, labelWidth = 110, style }: { rows: KeyValue[]; labelWidth?: number; style?: Style }) {
  return (
    <View style={style}>
      {rows.map((row, i) => (
        <View key={i} wrap={false} style={{ flexDirection: "row", paddingVertical: 1.5 }}>
          <Text style={{ width: labelWidth, color: INK.muted, paddingRight: 6 }}>{row.label}</Text>
          <Text style={{ flex: 1 }}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}

export interface Column {
  title: string;
  /** Points, or a flex weight when `flex` is set. */
  width?: number;
  flex?: number;
  align?: "left" | "right" | "center";
}

function cellStyle(column: Column): Style {
  return {
    ...styles.cell,
    ...(column.width !== undefined ? { width: column.width } : { flex: column.flex ?? 1 }),
    textAlign: column.align ?? "left",
  };
}

/** A table: the header row is `fixed` so it repeats where the table breaks; rows stay whole. */
export function Table({ columns, rows, style }: { columns: Column[]; rows: ReactNode[][]; style?: Style }) {
  return (
    <View style={style ? [styles.table, style] : styles.table}>
      <View fixed style={styles.tableHeader}>
        {columns.map((column, i) => (
          <Text key={i} style={cellStyle(column)}>
            {column.title}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} wrap={false} style={styles.tableRow}>
          {row.map((cell, c) => (
            <Text key={c} style={cellStyle(columns[c] ?? { title: "" })}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
