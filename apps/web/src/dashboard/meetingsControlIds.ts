/** Element ids in the "Meetings" dialog, so that it can move focus after a question opens or closes or a file goes. */
export const meetingsControlIds = (base: string) => ({
  base,
  meeting: (meetingId: string) => `${base}-meeting-${meetingId}`,
  fileLabel: (fileId: string) => `${base}-file-${fileId}`,
  deleteButton: (fileId: string) => `${base}-delete-${fileId}`,
  question: (fileId: string) => `${base}-question-${fileId}`,
});

export type MeetingsControlIds = ReturnType<typeof meetingsControlIds>;
