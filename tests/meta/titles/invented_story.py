"""The invented story every plain-text title test builds its pages on: a body paragraph and
its headline in four languages."""

BODY = {
    "en": "The council voted on Monday to back the new river plan after a long debate. ",
    "de": "Der Stadtrat hat am Montag nach langer Debatte den neuen Plan für den Fluss beschlossen. ",
    "fr": "Le conseil a voté lundi le nouveau plan pour la rivière après un long débat. ",
    "es": "El consejo votó el lunes el nuevo plan para el río tras un largo debate. ",
}
HEADLINE = {
    "en": "Council backs the river plan",
    "de": "Stadtrat beschließt den Plan für den Fluss",
    "fr": "Le conseil adopte le plan pour la rivière",
    "es": "El consejo aprueba el plan para el río",
}
