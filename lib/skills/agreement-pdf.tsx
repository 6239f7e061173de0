/**
 * The mission agreement (« convention de mécénat de compétences », PDF by @react-pdf/renderer) for the three
 * parties: the sponsor, the beneficiary and the CCI. Built from missionPage, so only the mission's two
 * companies and staff can produce it, and only once the CCI validated the pairing. The expert is named by
 * profession only: the sponsor adds the employee's name on the signed copy.
 */
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "../auth/actor";
import { ConflictError } from "../errors";
import { formatDate, formatEuros } from "../format";
import { SENIORITY_LABELS, WORK_MODE_LABELS } from "./labels";
import { missionPage } from "./reads";

const pdfText = (s: string) => s.replace(/\u202f/g, "\u00a0");

const styles = StyleSheet.create({
  page: { padding: 48, fontSize: 10.5, fontFamily: "Helvetica", color: "#14213d", lineHeight: 1.4 },
  title: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 12 },
  h: { fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 4 },
  signatures: { flexDirection: "row", justifyContent: "space-between", marginTop: 36 },
  sign: { width: "30%", borderTopWidth: 0.5, borderTopColor: "#999999", paddingTop: 4, fontSize: 9 },
});

type Mission = Awaited<ReturnType<typeof missionPage>>;

export function AgreementDocument({ m, dailyCostEur }: { m: Mission; dailyCostEur: number | null }) {
  const weeks = m.mission.startsOn && m.mission.endsOn ? `du ${formatDate(m.mission.startsOn)} au ${formatDate(m.mission.endsOn)}` : "";
  const plannedDays = Math.min(m.offer.durationWeeks, m.request.durationWeeks) * Math.min(m.offer.daysPerWeek, m.request.daysPerWeek);
  return (
    <Document title={pdfText(`Convention de mécénat de compétences — ${m.offer.skill}`)} author="Circuit Court" language="fr">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>Convention de mécénat de compétences</Text>
        <Text style={styles.h}>Les parties</Text>
        <Text>{pdfText(`L'entreprise mécène : ${m.sponsorName}.`)}</Text>
        <Text>{pdfText(`L'entreprise bénéficiaire : ${m.beneficiaryName}.`)}</Text>
        <Text>La CCI, qui a validé la mise en relation et en suit le déroulement.</Text>
        <Text style={styles.h}>La mission</Text>
        <Text>{pdfText(`Compétence : ${m.offer.skill} (${m.offer.profession}, ${SENIORITY_LABELS[m.offer.seniority].toLowerCase()}).`)}</Text>
        <Text>{pdfText(`Objet : ${m.request.purpose}`)}</Text>
        <Text>
          {pdfText(
            `Période : ${weeks} ; ${Math.min(m.offer.daysPerWeek, m.request.daysPerWeek)} jour(s) par semaine, soit ${plannedDays} jours prévus au plus ; ${WORK_MODE_LABELS[m.request.workMode].toLowerCase()}.`,
          )}
        </Text>
        {dailyCostEur != null ? (
          <Text>
            {pdfText(
              `Valorisation : ${formatEuros(dailyCostEur)} par journée, soit ${formatEuros(plannedDays * dailyCostEur)} pour la mission prévue (montant définitif : jours déclarés × coût journalier).`,
            )}
          </Text>
        ) : null}
        <Text style={styles.h}>Engagements</Text>
        <Text>
          Le salarié mis à disposition reste salarié de l&apos;entreprise mécène, qui lui maintient sa rémunération. La mission ne donne lieu à aucune
          facturation au bénéficiaire. Le temps passé est déclaré chaque semaine sur la plateforme ; chaque partie fait un bilan à mi-parcours et en fin de
          mission.
        </Text>
        <View style={styles.signatures}>
          <Text style={styles.sign}>{pdfText(`Pour ${m.sponsorName}`)}</Text>
          <Text style={styles.sign}>{pdfText(`Pour ${m.beneficiaryName}`)}</Text>
          <Text style={styles.sign}>Pour la CCI</Text>
        </View>
      </Page>
    </Document>
  );
}

/** The agreement's PDF bytes, for the mission's companies and staff; refused before the CCI's validation. */
export async function missionAgreementPdf(db: DbOrTx, actor: Actor | null, missionId: string): Promise<Buffer> {
  const m = await missionPage(db, actor, missionId);
  if (!["validated", "active", "completed"].includes(m.mission.status))
    throw new ConflictError("La convention est produite une fois la mission validée par la CCI.");
  // The beneficiary's copy states no valuation: the daily cost is the sponsor's business.
  return renderToBuffer(<AgreementDocument m={m} dailyCostEur={m.side === "beneficiary" ? null : m.mission.dailyCostEur} />);
}
