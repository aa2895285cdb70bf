// The words files use for the vocabulary: "phoned" is a call, "Réunion" a meeting, "NGO" an
// organisation. Matching ignores case, accents, spacing and hyphens; only whole words or phrases
// match (nothing is guessed from part of a sentence). Tables are Maps, so a word such as
// "constructor" or "__proto__" is a word like any other. Pure.
import { ACTOR_KIND_LABELS, ACTOR_KINDS, TIE_KINDS, TIE_STATUSES } from "../schema/vocabulary";
import type { ActorKind, TieKind, TieStatus } from "../schema/vocabulary";

/** "Réunion " → "reunion", "Phone_call" → "phone-call", "Envoy of" → "envoy-of". */
export function vocabularyKey(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-");
}

/** kind → its words (English, then French, Spanish, German, Arabic transliterated and written). */
const TIE_KIND_WORDS: Record<TieKind, string> = {
  message:
    "message messages messaged messaging msg sms text texts texted texting text-message " +
    "email e-mail emails emailed mail letter letters wrote whatsapp dm direct-message " +
    "courriel lettre texto mensaje mensajes carta correo correo-electronico " +
    "nachricht nachrichten risala risalah resala رسالة",
  call:
    "call calls called calling phone phoned phone-call phone-calls telephone telephoned " +
    "rang video-call appel appels appel-telephonique appele llamada llamadas " +
    "llamo llamada-telefonica anruf anrufe telefonat angerufen telefoniert ittisal ittisal-hatifi اتصال مكالمة",
  conversation:
    "conversation conversations spoke spoke-to spoken talk talked talked-to chat chatted " +
    "discussion discussed entretien conversacion charla hablo gesprach " +
    "unterhaltung muhadatha hiwar محادثة حوار",
  meeting:
    "meeting meetings meet met meets met-with visit visited reunion rencontre rencontres " +
    "rencontre-avec encuentro reuniones treffen besprechung sitzung getroffen liqa liqaa " +
    "ijtima ijtimaa لقاء اجتماع",
  negotiation:
    "negotiation negotiations negotiated negotiate negotiating talks peace-talks " +
    "bargaining negociation negociations pourparlers negociacion negociaciones " +
    "verhandlung verhandlungen verhandelt mufawadat mufawadhat مفاوضات",
  proposal:
    "proposal proposals proposed propose offer offered proposition offre propuesta " +
    "oferta vorschlag angebot iqtirah mubadara اقتراح مبادرة",
  relay:
    "relay relayed relays passed-on passed-along forwarded forward conveyed relais " +
    "transmis transmission transmitio weitergeleitet weiterleitung",
  briefing: "briefing briefings briefed informed debrief debriefed unterrichtung",
  "envoy-of":
    "envoy envoy-of emissary special-envoy emissaire envoye enviado enviado-especial " +
    "gesandter gesandte sondergesandter mabuth مبعوث",
  "member-of":
    "member member-of membership belongs-to membre membre-de miembro miembro-de mitglied " +
    "mitgliedschaft udw عضو",
  leads:
    "leads lead leader leader-of led heads head-of chairs dirige chef-de lider jefe leitet " +
    "fuhrt leiter anfuhrer qaid raeis قائد رئيس",
  supports:
    "supports support supported backs backed soutient soutien apoya apoyo unterstutzt " +
    "unterstutzung daam دعم",
  "holds-captive":
    "holds-captive held-captive captive holds-hostage held-hostage hostage detains detained " +
    "kidnapped abducted otage detient rehen secuestro secuestrado geisel gefangen " +
    "rahina رهينة",
  guarantee:
    "guarantee guarantees guaranteed guarantor garantie garantit garantia garantiza " +
    "garantiert burgschaft daman ضمان",
  release:
    "release released releases freed set-free liberation libere liberacion liberado " +
    "freilassung freigelassen ifraj إفراج",
  other: "other autre otro andere",
};

const ACTOR_KIND_WORDS: Record<ActorKind, string> = {
  person: "person people individual personne persona persone mensch shakhs شخص",
  organisation:
    "organisation organization org company firm ngo institution association " +
    "organizacion empresa unternehmen munazzama منظمة",
  government:
    "government govt gov state country ministry gouvernement etat gobierno estado " +
    "regierung staat hukuma حكومة",
  "armed-group":
    "armed-group militia armed-faction rebels rebel-group groupe-arme milice grupo-armado " +
    "milicia bewaffnete-gruppe miliz faction-armee",
  media:
    "media news newspaper outlet news-outlet broadcaster press medias medios " +
    "prensa periodico medien presse zeitung ilam إعلام",
  other: "other autre otro andere",
};

function wordTable<K extends string>(
  vocabulary: readonly K[],
  words: Record<K, string>,
): ReadonlyMap<string, K> {
  const table = new Map<string, K>();
  for (const kind of vocabulary) {
    table.set(vocabularyKey(kind), kind);
    for (const word of words[kind].split(" "))
      if (word !== "" && !table.has(vocabularyKey(word))) table.set(vocabularyKey(word), kind);
  }
  return table;
}

const TIE_KIND_TABLE = wordTable(TIE_KINDS, TIE_KIND_WORDS);
const ACTOR_KIND_TABLE = wordTable(ACTOR_KINDS, ACTOR_KIND_WORDS);
const TIE_STATUS_TABLE = new Map<string, TieStatus>(TIE_STATUSES.map((status) => [status, status]));

/** The tie kind a file's word stands for, if it is one we know. */
export function tieKindOf(value: string): TieKind | undefined {
  return TIE_KIND_TABLE.get(vocabularyKey(value));
}

/** The actor kind a file's word stands for, if it is one we know. */
export function actorKindOf(value: string): ActorKind | undefined {
  return ACTOR_KIND_TABLE.get(vocabularyKey(value));
}

/** A status only as the vocabulary spells it: a claim's strength is not guessed from synonyms. */
export function tieStatusOf(value: string): TieStatus | undefined {
  return TIE_STATUS_TABLE.get(vocabularyKey(value));
}

/** True when the word is the kind's own name ("meeting", "Envoy of"), not another word for it. */
export function isKindName(value: string, kind: TieKind): boolean {
  return vocabularyKey(value) === kind;
}

/** Other spellings of a kind's own name. */
const ACTOR_KIND_SPELLINGS: Partial<Record<ActorKind, string>> = { organisation: "organization" };

/** True when the word only names the actor kind ("person", "Armed group", "Organization"). */
export function namesActorKind(value: string, kind: ActorKind): boolean {
  const key = vocabularyKey(value);
  return (
    key === kind ||
    key === vocabularyKey(ACTOR_KIND_LABELS[kind]) ||
    key === ACTOR_KIND_SPELLINGS[kind]
  );
}
