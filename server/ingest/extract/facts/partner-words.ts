// The words that bring in partners, written once for the rules that read them: an instruction's partners
// (COOPERATES_WITH), a measure's (CARRIED_OUT_BY with the agent), an operation's or a seizure's (they took part
// and did not lead). Each rule joins the sets it means.

/** «совместно с», «во взаимодействии с», «в тесном взаимодействии с», «вместе с» (not «вместе с тем», «however»). */
export const JOINT_WITH = String.raw`(?:(?:совместно|во\s+взаимодействии|в\s+тесном\s+взаимодействии)\s+со?|вместе\s+со?(?!\s+тем))`;

/** «с привлечением»: a body the lead brought in. */
export const BROUGHT_IN = String.raw`с\s+привлечением`;

/** «при участии», «с участием», «при поддержке», «при содействии»: a body that took part without leading. */
export const TAKING_PART = String.raw`(?:при\s+(?:участии|поддержке|содействии)|с\s+участием)`;

/** The partners of an instruction or a campaign: «совместно с …», «с привлечением …». */
export const PARTNERS = `(?:${JOINT_WITH}|${BROUGHT_IN})`;
