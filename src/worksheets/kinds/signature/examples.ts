import { kindExamples, stringExamples } from '../shared/example-answers';
import type { SignatureField } from './kind';
import { MAX_STROKE_POINTS, MAX_STROKES } from './strokes';

/**
 * Drawings as the pad keeps them, strokes (`strokes.ts`), and as older versions kept them, PNG
 * `data:` URLs — which drafts and saved PDFs still hold, so they must keep working:
 * - typical: a signature signed on a real signature_pad (600 × 200 pad, in Chromium, by
 *   bench/signature-formats.ts): four strokes, 151 points;
 * - at the limit: {@link MAX_STROKES} strokes of {@link MAX_STROKE_POINTS} points in all;
 * - awkward strokes: a lone dot, a two-point line, a pen that left the pad (as far as is kept), a
 *   long pause, two points in the same millisecond, a phone's small pad;
 * - awkward PNGs, made with the tests' PNG encoder (tests/fixtures/pdf/png.ts): a pad's stroke
 *   (8-bit RGBA, near-black ink on transparent), small and larger, and two PNGs a pad does not make
 *   but the decoder must take: an Adam7-interlaced 2-bit palette image with a transparent colour,
 *   and a 16-bit RGBA one.
 * Hostile strokes and the PNG size limits are tested with the format and the decoder, in
 * tests/unit/pdf/signature-strokes.test.ts and signature.test.ts.
 */
const SIGNED_ON_A_PAD =
  'data:application/vnd.kap.strokes;v=1,600x200;480,560,-52,54,88,-25,100,32,-5,84,16,7,112,16,26,133,16,53,144,16,84,131,17,115,88,16,135,17,16,69,-24,16,129,-115,16,95,-185,16,47,-210,16,-4,-182,16,-42,-105,17,-56,-6,16,-44,88,16,-14,149,16,23,172,16,56,157,16,37,66,38,128,132,15,162,39,17,65,-17,17,53,-28,16,41,-32,17,56,-60,33,36,-52,32,28,-51,33,30,-70,35,16,-48,17,15,-59,17,12,-71,16,6,-79,17,-4,-83,18,-18,-74,16,-31,-51,17,-83,40,32,-26,111,16,7,161,17,53,181,16,102,156,16,141,90,16,154,-2,16,141,-93,16,102,-155,16,53,-174,16,9,-82,17,-12,-129,15,-36,-73,16,-80,18,33,-25,61,16,-10,75,16,1,75,19,9,69,16,14,58,16,16,48,16,31,69,36,28,48,32,33,44,33,49,50,33,83,53,32,59,19,17,71,5,16,82,-18,16,87,-49,17,84,-86,15,69,-121,16,40,-141,16,4,-136,16,-11,-56,16,-44,-68,17,-56,8,16,-42,88,16,-4,145,17,47,164,16,95,141,16,129,85,18,138,16,16,127,-45,16,100,-86,17,69,-104,16,38,-103,17,16,-88,17,0,-70,15,-9,-50,16,-26,-56,32,-46,-25,72;3600,1100,22,-88,40,18,-72,16,27,-96,16,35,-107,16,45,-89,17,53,-26,16,58,73,16,62,172,16,62,225,17,58,210,16,53,148,16,45,73,16,62,6,32,36,-46,48,34,-74,48,22,-61,17,31,-96,16,40,-136,16,49,-163,17,56,-153,16,61,-90,16,62,6,17,61,98,16,56,150,16,49,150,16,40,121,16,43,109,32,31,60,32,31,39,49,80,-4,52,45,-65,16,53,-120,17,58,-160,16,62,-161,16,62,-113,16,58,-40,16,53,26,16,45,64,17,35,71,16,27,61,17,31,75,32;720,1720,95,-2,24,254,-4,16,411,-7,16,411,-8,16,254,-4,17,95,-2,15,95,-1,16,254,-5,17,411,-7,16,411,-7,16,254,-5,18,95,-1,16,95,-2,17,254,-4,17,411,-8,16,411,-7,16,254,-4,16,95,-2,14;3000,360';

/** As many strokes and points as a drawing may have: short zigzags filling the pad. */
function atTheLimit(): string {
  const perStroke = MAX_STROKE_POINTS / MAX_STROKES;
  const strokes = Array.from({ length: MAX_STROKES }, (_, index) => {
    const numbers = [(index % 50) * 110 + 50, Math.floor(index / 50) * 95 + 50];
    for (let point = 1; point < perStroke; point++) numbers.push(9, point % 2 === 0 ? -40 : 40, 16);
    return numbers.join(',');
  });
  return `data:application/vnd.kap.strokes;v=1,600x200;${strokes.join(';')}`;
}

const STROKES = 'data:application/vnd.kap.strokes;v=1,';

const STROKE_90_BY_30 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAFoAAAAeCAYAAACsYQl4AAAADHRFWHRDb21tZW50AHRlc3RXYSvpAAACk0lEQVR4nO1ae4iVRRT/9dhDNSd6ak+DCAsryigiIyqpzUfaG5WsBXNZLUwt2V4aVvRYktA2t+hBW9lDC63cNivTCC0retADYvujIJbsj9xaOlM5H2VzYFaGr7v3ft91716u2w8WZs53zpzzzc6Z35n5LvA/BgV7VDuAoYI9qx3AUMFe1Q6gHBjmw4loLBH1Js7ZaseTBXtXO4C8MMxjAXQC2BeANcwXW5H3qx3XbgfD/Llh3hH9fVLtmLKgpsjQMF8BYHXo/gFgv9DWVf1mFUMriVojw6lRuy1qX1mFWHIhNxka5joiup6IFhDRdCIaRUTdiXM9lQlxp1+N9RkAdUG0AEBjaA9LnFtaSf+7ilxkaJgvA9AKYEQkVtliw7zIitw38CHuxIRAgIpPrcjHhvkHAMcCONown2lFamK/LgrDPDNFQoX+nqig/6WRn5Yga49kt1TKd/B1lmGebJjPMcyU1z4TGYaV/Gok6gbwAIBtIX0vjJ61WpF5eQPJEMMXAEaH7kVWZL1hvgbAiiB72orMHGCfBwNYCEDHPSB65AA851WWWJHvsoxVkgwN80gA7ZHoIwCapo9akVVWpB7Aw9HzuYZ5fq43Kh3DiGiS/9JJDu2vI7WJhvn0AfR5lSffbwHcnJpkBYUF1mWYb8oyXkkyJKKVAE4K3e/9RI+3IltjncS5t4joKAB9LzqeiDYmzv2Y9cVKxDAFwCWh+3bi3ItBrsQ4P2Qm6z5ORJ2Jc9t2xZ9hVqJ9SpuRuMtn0ocAtgM4LJKPI6JjEufWFhuzKBka5lsB1EeiRivyUyFdL28Kq//8IGozzKdZkb+zvFwJjIva6yKf3YZZn3UA2CeQ9ErDfJ4V+b0cR4b5Tp/p90QiJdxmK7I60uqJaNgAAAKUSURBVNHT6b0Azg6i6wzzEVpmWpE/8zo8JUV0CzPYnGCYbWTTVsqmn3HmGeamqC/RmCcW0J+QivX1Mv3enhpnnWE+pIj+spT+Zv/Owwrp9kuGhllTYXLobrIi52YMdoYSUySaakVezmIb7B8K+yICCfVERPylFRndj12DL/WejUTLrciNOfzOTXHNGitS8iDkF1azP6E+GIme1OxO62U9GTZn1NN0bk+98CMhrUrCMF8bTbJCt66GqP9aEb9aBSyKRHMM8x0Z/TalJnltlkkOfpcAmB2JthbS65cMiUiZXfe5ZX41b8ziNLJ9D8A0b3tgIJTjE+deKmYTKoaO1D9f03ZU1J9djOgS5zYR0ZERKV9ARD2Jc/0eZAzzLACPR6INmsmJczuyvGvw+xkRqV2nFXmskE6/ZGhFfgkbfm5YkV7DPAfAG0GkhX6LFbmtkL7eLwN4IYrnGwAnp9RWWJGuDL5nhfH6qpRWvx3tb0XuL+A3TXwf+O3p8nII3IpszmszYPAEsThFFv/ZggzzcF85bIl0thvmMwzz8kimV6PDc/it8ye4d1O+OwxzvW5jhnmSYV5fgMgOGvBJCKj4Nakv+XSlXh2JdC+8y4r8Zpgn6tbkV/PI6PkUK/JKsB3jSe1QK9JRhl8KV6qTMqgr8U/LXZrlQMWvSa3IdH+SjO+K9Xj+q2H+OXwpiSe5sW+Sg+2WciY52DorolVTSwnVu63IpZWcZAzWN0M9yRHRcb5MOzUSc9Tu1erCijxfAd8biEjLwyTc/v3jM0zvJ9TXDCuyZqB9FsKgfTO0Ig2G+R0AN/hj9Jgg1gpilV5Q6Smvgr6/Cpk0tKBVQNbaendBTX0zrGXU2jfDmkVN/oCmFlFzP6CpVfwLzorRthgPqIAAAAAASUVORK5CYII=';
const STROKE_240_BY_80 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAPAAAABQCAYAAAAnSfh8AAAADHRFWHRDb21tZW50AHRlc3RXYSvpAAAG+klEQVR4nO2dCdAdRRHHG5ARmeZWIIil3GAQgRgOI5goCUogECQCIaLIYUAIN5QUxnBaCgZIgCCEBKgAcsidQBACSbjBhEvllMgRDUEU6UEyC8TXlV5rGN73fe97b4939K/qq2933s5Ov603uzP/6e4FUBSlZVmubAMURamf5cs2QFGU+lmhbAMURamfT5VtgKIoiqJ0JCpiKUoLoyKWorQwKmIpSgujIpaiKIqilIGKWB2ARVwFAEYBwGoAMNMRzS/bJiUbVMRqcyziTgDwPABcDAC/BIB5FvHYsu1SskFFrDZGnryzAODz0Ue7GmMeT7x/sSTTlIxQEau9GQcA68v225WO+zAADJX9MwBgRnmmKYrSJRZxa4u4NPjb1SKuZhHfCMqOLNtOpTFUxGpTLCLPeQ+X3Ssc0UFSfigAXCrl8xxRv/KsVBpFRaw2hJ+0APC9oGhCuuGILgOAxbK7LT+Zi7dQyQoVsdoQYwwvGe0vuw84orOjz9cAgJ1k95+J93cVb6WSBSpitSdfD7Yvr/L5FAD4mWx/pyCbFEXpCYu4YiBSJRaxqs5hEe8NjhtUvKVKFqiI1WZYxNEAMEl2Jziio7s47hgAOE92L3dEhxRnpZIVKmK1H3sH23/s5rhHg+1tc7RHyZGmFLEs4grGmM2MMRsYY1YzxryTeP9R2XY1OxYRAeBUAFhdio5KvH+32rGJ968bY/hpzXX6GGMmJN6/X6zFSqM0jYglczVeo9wHAAZFtn1gEecCwI0AcJkjSko0tZnpCwBfku25juiNHo5nMesU2T640pnPzdk+pR3heVvkIdTd32KLeHzZNjcjFvHy4DodUMPxw4PjbyrGSiVLShWxLOJ6AHARAOxV5eOXAOBfAMBrlhtX+fw+ADjSEf25AFNbAov4HABsxiMWAOjviJ7s4Xi+/ulT+llH9JViLFWyojQRyyLyWuUjUed9GQBYHV3PEW3iiLbj/5VO/jkA+CkAPBMcy8Pshyxitc7fcUhn/ILsLu6p88Iyr6yFlY4+XXa3tIjfytdKJWtKEbEs4m4AcDMArB0Un+GIhifeP5p4T+HxiffvJd5z+NskY8x7ADBYPloJAPYzxixMvJ9X7LdoLowx7Os8THan1OpdZYzZAgB2lt35fP3zs1LJmsJFLIv43eCuz7wDACMrT9uaQtsc0TkW8UEAmAoAm0rxpRYx9fPtVEKPqj/0ol641DSgMmW5IEOblHbCIva3iO8GwslLHPZW57nW4Y4cCVw/yt7q1sAi3h9chziAv6e611RurI9axG/kZ2FrYBF3sIgnyzWZYxEft4g8VbvZIp5V2R9qEZtm9aYwEYs7nAhPW0jR3wBgt0ZEKItoAeA2AAjnbkNrfZq3CxaRh8CzZXeOI/pmHef4tCNakr11zY9FZI3lCAA4EAA2rKEKr5dfCwCTHdFDBZjYJUWKWNOCzsvq8p6NKsiOyEnY3BNB8ZUWcYtuqrUjw4LtG3pb2SLy+u/7let2XbZmNT+VEcsvAOB1WJa9pJbOC6K9sObAI8CbLGJpnmyFiFgWcSKLTUHRvo5oThbnZu8hY8xMfpoDwGcBYGUA2DrxfkoW528FjDEcOphORS5MvH+pl/X55sqjmb7GmK8ZY25KvP8wH2ubA4u4pzHmFnEcCvvB3+UmeJE4trAmcBUA3AMAr4jn2rrB8fyw+Ikxxhpj7km8L/R75D6Wt4g/5vXaoOgYR3R7lm04olctInsSPSBFAyzi1DQLRTsj7pPp3J8c0Z11nIaDH8bK9u6cK4vFRkdU7K+xICzirys/mxOjYl7SvMAR/a6LapxPjD87ySJuJ9lOQs2Fz7ebRTwiq4dT6fBQ1iIuCcSVSTVUa6S9gyJR67g822sG+AYZfN+6XSEt4pjo2t2WraXlYxHXrXS+GdH3fNMi1hWJxUNnvk5VvAUL+93lKmJxzGkgMD3kiAbk2Z60eU7lSXRCUDTQEc3upkpLE33fExzRbxo415hoGelGRzSicSvLR+ap1wPARkExP1GPdkRvNnhuvgGMB4BVguIpjujgRs5bC7mJWBZxbNB5lwJAIf7LjoiHMjODoktYYS2i7ZIIBaxbGzmRI+LcWWOCon0s4qXdVGkJJO/X3VHnPdER7d9o54Vl120yAPSTNlJ4ZDRTVl9yIxcRq2L4jqI6p5zsiK7Po61qGGN4DnKACDMsbK2XeN+OQ8IBwVxuuiO6sNFzJt4/ZozhzYFS1I/3E+9bchRjEYeJ49DKUsRLZXs7oiuybCfx/u3E+2kc/lp5gOwoxXzDGGqMuS/xfnEPp6iLvESs8cH2DPaeyqmdqoioNUaGSCB3Q07uNrVIOwpgcLDdK+W5OxzRaRZxVQBI53LjLOI/HNFvs2qjCCziCBk2p7wKRLFF1QAABvpJREFUAN93RLm5izqi4ywi+zicL0WsUrOTDbd7f17tZgavqwWT+fcs4pdLtOWCwBb2ANuohmotg0W8Kvh+w2qo0tvzXx2JM5m3kRcWce/I9r8U+Vu0iPtITrK0/f9axD2ybidTEcsi9oucKo51ROd3UyVXOLMHADwWpIzh0cDQHqq1BBZxdXGIYf7tiNbIoY3lxMMrTUHL2T12ckRPZd1WlljE3SVYJh1h/km8/l4t2A6e4twi07iUAxzRNVm1kbWIFS5j3Flm54Vlw5kPI/GM1+lOKtGkLAnXuHMRmhzRUskvnQ7PWWWdKi9Na0os4pDKvP32oPM+CwB7FN15Ydn146CbXeQGksKjmsOyaiMzEUuyHI6WXRYK9ku8X5TV+esl8X5BJMoMNsbclXjfU7qZwrGIt7JXlDFmSeL9g90da4wZH8T/Tkq8f6a74+uFc2oZY9iJYSQ3y/mz2GMr8b4rh4fSsIjbS+dNVx1eFN/4V8qyifuAMWaGxK+nHlx7GGMeSbx/udHzZylijQq2xzXTMEtEmZ2DZa3zouTnpcORLsGSEAshnOr1rS6O7RsonYn8aHPDET0ha51ppx1mES9xRKN7qFoYlZvfNrKMtqoUvS5qc2mdN8URLbCIu0hOtzTQZK2Szfo4/AS2iL5yF6zHlS93LOJWkajwq7JtSrGI+1bx5unSPot4ZnBcYctzEmYX2nhKDdVyxyJuYhEXBHYtqjdMNU8s4soW8XwJoMiEjkrsbhGPCl/0JXOjO0o0CSRy6nFZs47Z2BF9YphlEV8OImcKDZ+UwJTQt32UI7q6qPar2LO+jEDSDsv+20Pa2fsupKMSuzuiiVG43XiLuGaJJjGTg87L89hZwWfj4oPZ3zvovH8tOvbZER0Vra1O4yD3Im1IsYhrSzx42nlZtNyrUzovNGti9zwJvLRWkXlIn8T7W8qwRd7hm75JgTNJDpeomB9K2VbGmKcT758L7OfQttQ97+zE+8IDyo0x08WJJM38MdwYM4uTxRdlg0VcQ5aKtg+KR2Qd6dbsNE1qkKJwRIvkzfS/l6IDLeIT8nQuDHmH0eFB0ZGph5BFvEyS3DMXWsT5IoTw3ClN/bo48PYpFEfETgn7y2jhiwDwGQDgFDTDHFEuaniIReR11TuiznugI9Lc1p0Ci0SRIFNYSlWLODhq++Lo8zUt4gvB57x9WlRnTNctFIOE0y0KbFqQt7cTz3nZLTa6FqNqqNqWdJSIFWMROcvCt2X3NQDYQXIl59kmJ16fK7mumdmOaGCV4wZH0S0htzqipsiHbREHip0rStEL7APgiObn0NbmMmzePCg+xBFVewdyR9BRIlYVOF4zDSdjp4gr82yMlxEkSivtvAujrA7/xxFxatg9A3fJlOlReqJSEQd9vpmkL5/jVL93y7p7ZsgNbU7UeUd1cueFThSxQhLv3zHGPBs4oWxojFkn8X56D1XrwhhzXfDEZ4Z19waFxPvnK/ZMkjxNT7Nq7ojGJt5/kId99ZJ4/6J4a40QXYVvVAcZY15JvG/YoUeW/64J1PqlIlh1XBK+mI4TsWIc0V3yA0lFrMMtIgcHZOqkUBk6Xysqc8rIWsLLHNF/AtuaFh4xWEROLn9doJJzhtBtHNGx9ZzTIq4lXnM/CIoXyhB9bjaWK22BRRyfl5eRRZwcnTtOqNY2WMRNWdWPvu8zvX2Hlbyx8s3oPLPaLSS0UTpaxIqxiNNkjTiF39c0tpsqtZzzBkldmnKWIzq1kXM2O5LCaFIUMQUidl0hubY+8Y5ni9hH8nyPlncdh0x0RKUr781Gp4tYH8MRjYq8jH4eL/HUikXcgJc7os57ert3Xlh2HZc4Ik4nfFgkwg2RuSwnephtEafw9eXphUWcJ8PjiVHn5eT/w7XzVqejRaxqJN7fKG/s21KK+htjBhlj5tcaHinrkuzit0lQfJoj+oRrZDvDb4w0xkyR39mOwUfLiwMIRxD1l2vdJ6r+NgCcyYnnQk805eN0vIhVDUe0n0V8S95JDBIC9qTkXZ7YVXC4RWSFmQWb2Df4sE59c6IjYo+x41lj4Nxk4jraXaTQveKvPrVdE8srBVEl2Xn6N11yfx3KbpkWcYJFfKrKcVw2qOzv0WzwXJczZ0gifharRnImU4u4Utm2tRoqYvWARfxq5d85UQbIWhgvuYc/quFYRakLFbF6gDOLOKIhMvTrKVkBv6ycRa++juh47bxK3qiIVSMspCTeXy2iDCumz0mysocl8+C5MtednlcSb0WJURGrlzii16K3TiiKoihK71ERS1FaGBWxFKWFURFLUVoYFbEURVEUpQxUxFKUFkZFLEVpYVTEUpQWRkUsRVEURSkDFbEUpYVREUtRWhgVsRSlhVERS1FamP8BiFLEb00PEZIAAAAASUVORK5CYII=';
const INTERLACED_PALETTE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAkAAAAFAgMAAAGdOh5uAAAADHRFWHRDb21tZW50AHRlc3RXYSvpAAAACVBMVEX///8LDAwoPMhLoi8CAAAAAXRSTlMAQObYZgAAABFJREFUeJxjUGB0YEpgbmCZwDDJgdEWghShAAAAEklEQVST6TZzA0uiahWDRGIDAEzgBlRRSkTaAAAAAElFTkSuQmCC';
const SIXTEEN_BIT_RGBA =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAADEAYAAADkZHKFAAAADHRFWHRDb21tZW50AHRlc3RXYSvpAAAAHUlEQVR4nDXKsQ0AIBBC0Y+tY1zjJNau4QaO5nZnLsTqEZfzL0kAAAAeSURBVACAfjNjlDCX3ccKYlSoA/gIkoX2JyvZzN8/L/YN6/Y1cXgAAAAASUVORK5CYII=';

export default kindExamples<SignatureField>({
  kind: 'signature',
  field: (id) => ({ id, kind: 'signature', label: 'Your drawn signature', hint: 'Draw it with a finger or a mouse.' }),
  answers: (field) =>
    stringExamples(field.id, {
      typical: SIGNED_ON_A_PAD,
      atLimit: atTheLimit(),
      awkward: [
        `${STROKES}600x200;3000,1000`,
        `${STROKES}600x200;100,100,2500,900,16`,
        `${STROKES}600x200;-6000,-2000,6000,2000,16,6000,2000,16`,
        `${STROKES}600x200;1000,1000,50,0,60000,50,0,0`,
        `${STROKES}343x160;150,800,60,-20,16,60,20,16,60,-20,16;1700,300`,
        STROKE_90_BY_30,
        STROKE_240_BY_80,
        INTERLACED_PALETTE,
        SIXTEEN_BIT_RGBA,
      ],
      refused: [
        'javascript:alert(1)',
        'data:image/jpeg;base64,/9j/4AAQ',
        // A later version of the format, which this one cannot read, and JSON strokes.
        'data:application/vnd.kap.strokes;v=2,600x200;1,1',
        'data:application/json;base64,W10=',
        'signed',
        42,
      ],
    }),
});
