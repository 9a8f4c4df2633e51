/*
 * Who takes a record a hold gives out ("lend a book to a member", "check an item out to a person", "emprestar um
 * livro a um aluno"): the field that keeps the taker and the words that name one, in the languages intents are
 * written in. The designer stores the taker in that field; the gate refuses a hold that keeps none.
 */

/** Field name → the words (accents folded, lower case) that name such a taker. */
const TAKERS: Readonly<Record<string, readonly string[]>> = {
  member:
    'member members miembro miembros socio socios membre membres adherent mitglied mitglieder membro'.split(
      ' ',
    ),
  borrower: 'borrower borrowers emprunteur prestatario entleiher'.split(' '),
  customer: 'customer customers cliente clientes client clients kunde kunden'.split(' '),
  user: 'user users usuario usuarios utilisateur utilisateurs benutzer nutzer utente'.split(' '),
  reader: 'reader readers lector lectores lecteur lecteurs leser lettore'.split(' '),
  guest: 'guest guests huesped invite gast gaste ospite'.split(' '),
  student:
    'student students estudiante estudiantes etudiant etudiants schuler studente studenti alumno alumnos aluno alunos eleve eleves'.split(
      ' ',
    ),
  employee: 'employee employees empleado empleados employe employes mitarbeiter dipendente funcionario'.split(
    ' ',
  ),
  patron: ['patron', 'patrons'],
  neighbour:
    'neighbour neighbours neighbor neighbors vecino vecinos vecina vecinas voisin voisins voisine nachbar nachbarn vicino vicini vizinho vizinhos'.split(
      ' ',
    ),
  person: 'person persons people persona personas personne personnes pessoa pessoas'.split(' '),
};

function foldedWords(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** The taker a hold feature names: the field that keeps it (`member`) and the word written (`socio`); else null. */
export function holdTakerOf(feature: string): { field: string; written: string } | null {
  const written = foldedWords(feature);
  for (const [field, forms] of Object.entries(TAKERS)) {
    const form = forms.find((x) => written.has(x));
    if (form) return { field, written: form };
  }
  return null;
}

/**
 * "to a", "for the", "an einen", "a un", "à une", "a um", "ao": what stands before the one a record is given to
 * ("a" alone is the English article, so as a preposition only before an article).
 */
const GIVEN_TO =
  /\b(?:(?:to|for|an|al|ao|aos|au|aux|para|per|zu)\s+(?:(?:a|an|the|one|un|una|une|um|uma|einen|eine|einem|einer|den|dem|der|il|lo|la|le|el|o|ihren|seinen|their|its)\s+)?|a\s+(?:un|una|une|um|uma|la|el|lo|il|los|las|os|as|le|les)\s+)(\p{L}+)/gu;

/**
 * The taker a hold feature gives the record to ("check an item out to a person", "emprestar um livro a um aluno",
 * "ein Buch an einen Kunden verleihen"): like {@link holdTakerOf}, but only a taker written after "to", "an",
 * "a", … ("checking in someone who is already checked in" names the record, not a taker); else null.
 */
export function holdTakerGivenIn(feature: string): { field: string; written: string } | null {
  const folded = feature.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const m of folded.matchAll(GIVEN_TO)) {
    const taker = holdTakerOf(m[1]);
    if (taker) return taker;
  }
  return null;
}

/**
 * "see who has it at the moment", "ver quién lo tiene", "wer es gerade hat", "qui l'a en ce moment", "chi ce l'ha",
 * "com qual aluno está", "who it is lent to": a read of a held record that asks who holds it (accents folded).
 */
const WHO_HAS =
  /\b(?:who(?:'s| has| is holding| holds| borrowed| checked)\b|who it is (?:lent|loaned|checked out|out) to|quien (?:lo |la )?(?:tiene|ha tomado|se lo llevo)|con quien esta|a quien (?:esta|se ha) prestad|wer (?:es|ihn|sie) (?:gerade |jetzt |im moment )?(?:hat|ausgeliehen)|bei wem|an wen (?:es|er|sie) (?:verliehen|ausgeliehen)|qui l(?:'| )(?:a|emprunte|a emprunte)|chez qui|chi (?:ce l(?:'| )ha|lo ha|la ha|l(?:'| )ha|lo tiene|la tiene)|a chi e (?:prestat|in prestito)|quem (?:o |a )?(?:tem|esta com)|com (?:quem|qual \p{L}+) (?:ele |ela )?esta)/u;

/** Whether a feature asks who holds a record now ("look up a book and see who has it at the moment"). */
export function asksWhoHas(feature: string): boolean {
  return WHO_HAS.test(feature.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'"));
}

/**
 * "whether it is available", "se está disponível", "ob es verfügbar ist", "si está disponible", "s'il est libre":
 * a read that asks whether a record is free (accents folded). The hold keeps the opposite flag (on loan, checked
 * out): a record's read answers it only with a field of that name.
 */
const AVAILABLE =
  /\b(?:available|availability|free to (?:borrow|lend|take)|disponib\w*|disponivel|disponiveis|verfugbar\w*|ausleihbar|libre|libero|libera)\b/;

/** Whether a feature asks whether a record is available ("mostra se está disponível"). */
export function asksAvailable(feature: string): boolean {
  return AVAILABLE.test(feature.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}
