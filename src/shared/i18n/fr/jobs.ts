// Textes français, domaine « jobs » : les longs calculs faits hors du fil principal (recalcul, exports, rapports).
export const jobs = {
  cancelled: 'Le calcul a été annulé.',
  workerFailed:
    "Le calcul en arrière-plan s'est arrêté de façon inattendue : réessayez ; si cela se répète, redémarrez l'application.",
};
