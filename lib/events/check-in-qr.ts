/** The check-in link of a registration as an absolute URL and as a QR code (PNG data URL), for the agendas. */
import QRCode from "qrcode";
import { absoluteUrl } from "../mail/render";
import { checkInPath } from "./check-in-token";

export async function checkInQr(registrationId: string): Promise<{ url: string; qrDataUrl: string }> {
  const url = absoluteUrl(checkInPath(registrationId));
  return { url, qrDataUrl: await QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: 300 }) };
}
