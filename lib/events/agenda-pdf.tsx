/**
 * The printable agenda of a participant (PDF, @react-pdf/renderer): its meetings with time, table and the
 * company met, and the check-in QR code that staff scan at the door (check-in-token.ts). Built on the
 * server from ownAgendaSheet, so it shows exactly what the web agenda and the ICS file show.
 */
import { Document, Image, Link, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "@/db/client";
import { formatDate } from "../format";
import { ownAgendaSheet, type AgendaSheet } from "./agenda";
import { checkInQr } from "./check-in-qr";
import { EVENT_ROLE_LABELS } from "./schemas";
import { formatTime } from "./times";

// The built-in Helvetica covers French (WinAnsi) but not the narrow no-break space Intl puts in French
// numbers and dates: use the ordinary no-break space instead.
const pdfText = (s: string) => s.replace(/\u202f/g, "\u00a0");

const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 10, fontFamily: "Helvetica", color: "#14213d" },
  header: { flexDirection: "row", justifyContent: "space-between", marginBottom: 18 },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  muted: { color: "#555555" },
  qr: { width: 110, alignItems: "center" },
  qrImage: { width: 100, height: 100 },
  qrCaption: { fontSize: 7, textAlign: "center", color: "#555555" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#999999", paddingVertical: 5 },
  head: { fontFamily: "Helvetica-Bold" },
  time: { width: 130 },
  table: { width: 50 },
  other: { flex: 1 },
});

/** The agenda as a React PDF document (the QR code is a PNG data URL of the absolute check-in link). */
export function AgendaDocument({ sheet, checkInUrl, qrDataUrl }: { sheet: AgendaSheet; checkInUrl: string; qrDataUrl: string }) {
  return (
    <Document title={pdfText(`Agenda — ${sheet.title}`)} author="Circuit Court" language="fr">
      <Page size="A4" style={styles.page}>
        <View style={styles.header}>
          <View style={{ flex: 1, paddingRight: 12 }}>
            <Text style={styles.title}>{pdfText(sheet.title)}</Text>
            {sheet.location ? <Text style={styles.muted}>{pdfText(sheet.location)}</Text> : null}
            <Text style={{ marginTop: 8 }}>{pdfText(`${sheet.companyName} — ${EVENT_ROLE_LABELS[sheet.role]}`)}</Text>
            <Text style={styles.muted}>
              {pdfText(sheet.items.length === 0 ? "Aucun rendez-vous annoncé pour l'instant." : `${sheet.items.length} rendez-vous`)}
            </Text>
          </View>
          <View style={styles.qr}>
            <Link src={checkInUrl}>
              <Image src={qrDataUrl} style={styles.qrImage} />
            </Link>
            <Text style={styles.qrCaption}>À présenter à l&apos;accueil</Text>
          </View>
        </View>
        <View style={[styles.row, styles.head]} fixed>
          <Text style={styles.time}>Heure</Text>
          <Text style={styles.table}>Table</Text>
          <Text style={styles.other}>Avec</Text>
        </View>
        {sheet.items.map((item) => (
          <View key={item.meetingId} style={styles.row} wrap={false}>
            <Text style={styles.time}>{pdfText(`${formatDate(item.startsAt)}, ${formatTime(item.startsAt)}–${formatTime(item.endsAt)}`)}</Text>
            <Text style={styles.table}>{item.table}</Text>
            <Text style={styles.other}>{pdfText(`${item.otherName} (${item.asBuyer ? "fournisseur" : "acheteur"}) — ${item.sessionLabel}`)}</Text>
          </View>
        ))}
      </Page>
    </Document>
  );
}

/** The actor's own agenda as PDF bytes; « introuvable » for anyone else (same rule as the ICS file). */
export async function ownAgendaPdf(db: DbOrTx, actor: Actor | null, eventId: string): Promise<Buffer> {
  const sheet = await ownAgendaSheet(db, actor, eventId);
  const { url, qrDataUrl } = await checkInQr(sheet.registrationId);
  return renderToBuffer(<AgendaDocument sheet={sheet} checkInUrl={url} qrDataUrl={qrDataUrl} />);
}
