/**
 * The commonest function words of the languages the engine's guess scores (language.ts): the
 * seed languages, their neighbours, and the languages listed only to count against them.
 */
export const FUNCTION_WORDS: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    // Pronouns: Norwegian "her" (here) must not outweigh them in English.
    en: "he her she him his he's she's we're you're i'll the and you is to it not have this my for of that was with are i'm i me your what why a how can do does did get got will would be been there when where which who they we our has had can't don't i've it's please want need if from just know at",
    de: 'und ich nicht die der das ist sie mit zu ein eine mein meine wir auf für es noch schon bitte haben habe wie warum kann bei von den dem sich auch aber nur wenn oder hat bin sind dass mir mich euch uns wurde wird kein keine jetzt hier nichts nein danke komm raus scheiße doch sehr verzeih',
    sk: 'čom neviem viem vašu kto poď som sme sú sa nie ste ako pre aby prosím ktorý môj moje tretí píšem mám nemám chcem ďakujem alebo však veľmi ešte tretíkrát keď ktoré lebo preto je že ale si mi ma ho čo prečo kde už len tu bol bola áno poďme pane',
    no: 'og jeg ikke det er på som en har til med av meg deg dere vi kan hva hvorfor fortsatt gang min mitt nå også hvordan etter blitt hei hvor hvis ble skal vil bare må ingen noe når her der ut om han hun takk faen nei så jo gutt vet mye mer kanskje vært noen sånn',
    da: 'og jeg ikke det er på som en har til med af mig dig jer vi kan hvad hvorfor stadig gang min mit nu også hvordan efter blevet hej hvor hvis blev skal vil bare må ingen noget når her der ud om han hun tak fanden nej så jo dreng meget mere måske været nogen sådan venlig hilsen ikk',
    sv: 'och jag inte det är på som en har till med av mig dig ni vi kan vad varför fortfarande gång min mitt nu också hur efter blivit hej om blev ska vill bara måste ingen något när här där ut han hon tack fan nej så ju pojke vet mycket mer kanske varit några sådan',
    cs: 'jsem jsme jsou se ne jste jako pro prosím který můj píšu chci děkuji nebo velmi ještě když které protože proto aby moje mám nemám však je že ale si mi ho kde už tu pane čem nevím vím kdo pojď jen byl byla ano pojďme co proč mě třetí potřetí',
    nl: 'de het een en ik niet is van je dat mijn wij nog al',
    fr: 'le la les et je ne pas est vous de un une mon pour que',
    es: 'el la los y yo no es de un una mi para que por usted',
    it: 'il la e io non è di un una mio per che sono',
    pl: 'i nie jest się na że to mi już jak ale dla proszę mój',
    fi: 'ja on ei että ole olen mitä minä sinä hän tämä tässä kun mutta tai jos nyt vain myös kanssa sinun minun ovat oli',
    tl: 'ang ng mga sa na ay ko mo ako ikaw siya ito iyong hindi para at kung may lang po ka natin namin',
    af: 'die en van is nie om te vir jou jy ek het wat op met dit hy ons hulle kan word hierdie ook nou maar sal moet deur uit aan oor',
    hr: 'je i u na za se da ne su od koji što ili ako kako ali ovo biti sam vam vaš',
    // Greek in Latin letters (Greeklish), both the phonetic ("thelo", "kalimera") and the visual
    // ("8elw", "kalhmera") style: Greek script is told by its letters, so only these count for
    // Greek. Words another scored or common language writes ("na", "den", "to", "me", "gia",
    // "mas", "ola") are left out: they would claim Slovak, Norwegian, Italian or Spanish lines.
    el: 'kai 8a tha sas mou moy apo einai eimai eisai sth sthn stin ston ths tis tou toy thn twn tous pou poy oti giati pws exw exo exete exoume 8elw thelw thelo 8elo 8eloume theloume 8ela ithela h8ela mporw mporo mporeite mporeis ayto afto ena pali twra tora mexri oxi nai kalimera kalhmera kalispera kalhspera eyxaristw euxaristw efxaristo efharisto eyxaristo eyxaristoume parakalw parakalo akoma kaneis tipota etsi apla hdh idi ksana pote kati kapoios kapoion kapoia lefta xrhmata paraggelia geia emena esena esas sygnwmh signomi epistrofh epistrofi dn',
    sl: 'je in v na za se da ne so od ki kaj ali če kako ampak to sem vam tudi lahko',
  }).map(([lang, words]) => [lang, words.split(' ')]),
);
