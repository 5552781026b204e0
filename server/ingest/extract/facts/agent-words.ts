// Words that tell who acted, shared by the rules that find agents of seizures, channels and operations.

/** Officers of the police said without their body: «полицейские», «сотрудники полиции». */
export const POLICE_SUBJECT = /полицейск\p{L}*|сотрудник\p{L}* полиции|стражи порядка|наркополицейск\p{L}*/iu;

/** «По данным ДКНБ», «как сообщили в ДП» before a body: the body is a source, not the one that acted. */
export const SOURCE = /(?:по\s+(?:данным|информации|сведениям)|как\s+сообщ\p{L}*\s+в)\s+$/iu;

/**
 * Partners of the lead body: «совместно с», «во взаимодействии с», «при участии», «с участием», «при
 * поддержке», «при содействии», «с привлечением».
 */
export const JOINT =
  /(?:совместно\s+(?:с|со)|во\s+взаимодействии\s+(?:с|со)|при\s+(?:участии|поддержке|содействии)|с\s+участием|с\s+привлечением)\s+/iu;
